"""Release notes: what changed between the previous policy release and this build, from git."""
