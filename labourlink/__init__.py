"""The `labourlink` command: it knows every service, so it lives above them and `shared/` never imports it."""
