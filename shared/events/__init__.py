"""Events: the CloudEvents envelope and the catalogue of event types."""
