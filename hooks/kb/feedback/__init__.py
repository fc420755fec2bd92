"""Reports from agents: every page and every decision-table row links to the repository's issue
form, filled in with where the agent was reading (page, row, language, release, commit)."""
