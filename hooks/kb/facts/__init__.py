"""Policy facts as data: each deadline, amount, phone, address and count of an area written once,
in `docs/<area>/facts.yml`, and referenced from pages and decision tables as `{{fact:id}}`."""
