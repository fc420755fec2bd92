"""The site's search: each built page prepared for the index (records, text), indexed with
Pagefind's Python API (index, pagefind_service), and Material's search box pointed at the KB's
worker (worker_config)."""
