"""Dead letters an operator can see, fix and re-drive: the events a consumer gave up on.

Whether a letter is open lives in the consumer's inbox (its row's outcome, `dead_lettered`,
written in the same transaction that gave up on it); what it carried lives on `<topic>.dlq`.
A re-drive applies the service's handler in one transaction that also flips the inbox row to
`processed`, a discard flips it to `discarded`; each keeps a row in `dead_letter_resolutions`.
"""
