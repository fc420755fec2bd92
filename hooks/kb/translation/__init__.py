"""Translations: which source version each one was made from (tracking), the status page's
table, fact parity (a translation states its source's facts digit for digit), and the
translators' mark-synced command."""
