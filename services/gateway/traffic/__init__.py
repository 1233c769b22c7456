"""Partner traffic per hour: calls counted in memory by each gateway process, added to the
partner_traffic table now and then, and read by the operator console's Partners page."""
