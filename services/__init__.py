"""The LabourLink services; each owns its database and publishes its own event stream."""
