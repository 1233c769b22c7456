"""Gateway: the REST front door for partner agencies and employment service centres."""
