"""Which data category each published event type belongs to: an agency pulls an event type only
when it may read that category."""

from services.gateway.access.policy import Category
from shared.events import job_matching, labour, social_insurance

C = Category

EVENT_CATEGORIES: dict[str, Category] = {
    labour.EmploymentStarted.event_type: C.contracts,
    labour.TerminationRecorded.event_type: C.terminations,
    labour.TerminationCorrected.event_type: C.terminations,
    labour.UnemploymentRegistered.event_type: C.registrations,
    labour.JobSearchNoticeRecorded.event_type: C.registrations,
    labour.JobSearchNoticeMissed.event_type: C.registrations,
    labour.CaseworkerAssigned.event_type: C.registrations,
    labour.CounsellingProvided.event_type: C.counselling,
    labour.TrainingEnrolled.event_type: C.training,
    labour.TrainingCompleted.event_type: C.training,
    labour.HardshipAssessed.event_type: C.hardship,
    labour.ReemploymentRecorded.event_type: C.contracts,
    social_insurance.ContributionRecorded.event_type: C.contributions,
    social_insurance.ContinuationNoticeIssued.event_type: C.notices,
    social_insurance.ClaimFiled.event_type: C.claims,
    social_insurance.ClaimDecided.event_type: C.claims,
    social_insurance.BenefitSuspended.event_type: C.benefits,
    social_insurance.BenefitResumed.event_type: C.benefits,
    social_insurance.BenefitTerminated.event_type: C.benefits,
    social_insurance.OverpaymentDetected.event_type: C.benefits,
    social_insurance.FundAlertRaised.event_type: C.reports,
    social_insurance.PensionContinuationRegistered.event_type: C.contributions,
    social_insurance.EmploymentFound.event_type: C.benefits,
    social_insurance.OverpaymentRecovered.event_type: C.benefits,
    job_matching.VacancyOpened.event_type: C.vacancies,
    job_matching.VacancyClosed.event_type: C.vacancies,
    job_matching.OfferMade.event_type: C.seekers,
    job_matching.ReferralMade.event_type: C.referrals,
    job_matching.ReferralOutcomeRecorded.event_type: C.referrals,
    job_matching.RefusalRecorded.event_type: C.referrals,
    job_matching.PlacementRecorded.event_type: C.placements,
}
