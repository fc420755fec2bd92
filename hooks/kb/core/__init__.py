"""What every concern shares: findings at file and line, YAML read with its lines, the site's
languages and their interface text, page front matter as written, text folding, numbers in
any script, built HTML's ids and links, Markdown block markers, language-of-parts marks, and
links that stay inside a published release."""
