"""The editor's reviewer: what a page's Markdown holds (content_facts) checked where it was
written: front matter fields, links and images (the one link checker), heading ids, raw HTML,
the set of page files, fetches from other hosts, and a crawl of the built site."""
