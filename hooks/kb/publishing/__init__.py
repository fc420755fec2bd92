"""Publishing policy releases: which tags publish, whether a release becomes `latest`, the
deploy command that runs mike, and the pages served where no release page is (404s)."""
