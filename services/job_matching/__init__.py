"""Job matching: vacancies, seeker profiles, matching, referrals and placements."""
