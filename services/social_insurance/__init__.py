"""Social insurance: contributions, continuation notices, unemployment-benefit claims under
effective-dated rule packs, benefit lifecycle, fund early warning, pensions."""
