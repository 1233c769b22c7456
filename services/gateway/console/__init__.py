"""The operator console: the agency's targets, the fund, the audit trail and the caseworker queue,
as server-rendered pages the gateway serves at /console to operator accounts."""
