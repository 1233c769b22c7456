"""The law as effective-dated data plus small pure functions, one module per rulebook.

`select_pack` chooses the rulebook by jurisdiction, termination date and locality; a pack's
`decide` turns the facts of a claim into a decision that names every rule and its article.
The same facts and pack always give the same decision.
"""
