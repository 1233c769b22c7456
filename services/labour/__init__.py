"""Labour: the labour agency and its employment service centres: employers, workers, contracts,
terminations, unemployment registration, counselling, training, caseworkers."""
