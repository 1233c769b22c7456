"""The LabourLink platform: settings, event envelope and catalogue, event bus, outbox/inbox, database helpers."""
