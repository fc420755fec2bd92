"""The editor's preview (`make serve`): it never stops serving, and shows the build's findings
in the browser, over the pages, instead of only in the terminal."""
