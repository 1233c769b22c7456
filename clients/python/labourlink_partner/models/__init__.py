"""Contains all the data models used in inputs/outputs"""

from .access_read import AccessRead
from .access_token import AccessToken
from .agency_create import AgencyCreate
from .agency_kind import AgencyKind
from .agency_read import AgencyRead
from .chain_verification import ChainVerification
from .change_page import ChangePage
from .change_read import ChangeRead
from .change_read_record import ChangeReadRecord
from .client_create import ClientCreate
from .client_read import ClientRead
from .client_update import ClientUpdate
from .credential_create import CredentialCreate
from .credential_kind import CredentialKind
from .credential_read import CredentialRead
from .data_linkage_format_type_0 import DataLinkageFormatType0
from .data_linkage_group_by import DataLinkageGroupBy
from .document_verification import DocumentVerification
from .fund_months import FundMonths
from .fund_months_format_type_0 import FundMonthsFormatType0
from .fund_months_report import FundMonthsReport
from .indicator import Indicator
from .issued_credential import IssuedCredential
from .job_matching_breakdown import JobMatchingBreakdown
from .job_matching_candidate import JobMatchingCandidate
from .job_matching_candidate_breakdown import JobMatchingCandidateBreakdown
from .job_matching_centre_kpis import JobMatchingCentreKpis
from .job_matching_contract_type import JobMatchingContractType
from .job_matching_expiry_report import JobMatchingExpiryReport
from .job_matching_fair_vacancies import JobMatchingFairVacancies
from .job_matching_job_fair_create import JobMatchingJobFairCreate
from .job_matching_job_fair_detail import JobMatchingJobFairDetail
from .job_matching_job_fair_read import JobMatchingJobFairRead
from .job_matching_jurisdiction import JobMatchingJurisdiction
from .job_matching_kpi_report import JobMatchingKpiReport
from .job_matching_match import JobMatchingMatch
from .job_matching_occupation_mapping_create import JobMatchingOccupationMappingCreate
from .job_matching_occupation_mapping_read import JobMatchingOccupationMappingRead
from .job_matching_offer_read import JobMatchingOfferRead
from .job_matching_offer_round import JobMatchingOfferRound
from .job_matching_page_job_fair_read import JobMatchingPageJobFairRead
from .job_matching_page_occupation_mapping_read import JobMatchingPageOccupationMappingRead
from .job_matching_page_offer_read import JobMatchingPageOfferRead
from .job_matching_page_placement_read import JobMatchingPagePlacementRead
from .job_matching_page_referral_read import JobMatchingPageReferralRead
from .job_matching_page_seeker_read import JobMatchingPageSeekerRead
from .job_matching_page_vacancy_read import JobMatchingPageVacancyRead
from .job_matching_placement_read import JobMatchingPlacementRead
from .job_matching_placement_report import JobMatchingPlacementReport
from .job_matching_preferences_update import JobMatchingPreferencesUpdate
from .job_matching_referral_create import JobMatchingReferralCreate
from .job_matching_referral_outcome import JobMatchingReferralOutcome
from .job_matching_referral_outcome_outcome import JobMatchingReferralOutcomeOutcome
from .job_matching_referral_read import JobMatchingReferralRead
from .job_matching_referral_state import JobMatchingReferralState
from .job_matching_seeker_read import JobMatchingSeekerRead
from .job_matching_seeker_status import JobMatchingSeekerStatus
from .job_matching_shortage import JobMatchingShortage
from .job_matching_vacancy_change_read import JobMatchingVacancyChangeRead
from .job_matching_vacancy_close_reason import JobMatchingVacancyCloseReason
from .job_matching_vacancy_create import JobMatchingVacancyCreate
from .job_matching_vacancy_feed_page import JobMatchingVacancyFeedPage
from .job_matching_vacancy_read import JobMatchingVacancyRead
from .job_matching_vacancy_status import JobMatchingVacancyStatus
from .job_matching_vacancy_withdrawal import JobMatchingVacancyWithdrawal
from .kpi_group import KpiGroup
from .kpi_report import KpiReport
from .kpi_report_group_by import KpiReportGroupBy
from .kpis_format_type_0 import KpisFormatType0
from .kpis_group_by import KpisGroupBy
from .labour_benefit_status import LabourBenefitStatus
from .labour_caseworker_create import LabourCaseworkerCreate
from .labour_caseworker_read import LabourCaseworkerRead
from .labour_centre_create import LabourCentreCreate
from .labour_centre_read import LabourCentreRead
from .labour_claim_status import LabourClaimStatus
from .labour_close_reason import LabourCloseReason
from .labour_contact_channel import LabourContactChannel
from .labour_contact_create import LabourContactCreate
from .labour_contact_read import LabourContactRead
from .labour_contract_create import LabourContractCreate
from .labour_contract_read import LabourContractRead
from .labour_contract_type import LabourContractType
from .labour_counselling_create import LabourCounsellingCreate
from .labour_counselling_kind import LabourCounsellingKind
from .labour_counselling_read import LabourCounsellingRead
from .labour_course_create import LabourCourseCreate
from .labour_course_read import LabourCourseRead
from .labour_departure import LabourDeparture
from .labour_employer_create import LabourEmployerCreate
from .labour_employer_read import LabourEmployerRead
from .labour_enrolment_create import LabourEnrolmentCreate
from .labour_enrolment_read import LabourEnrolmentRead
from .labour_enrolment_result import LabourEnrolmentResult
from .labour_hardship_create import LabourHardshipCreate
from .labour_hardship_read import LabourHardshipRead
from .labour_jurisdiction import LabourJurisdiction
from .labour_missed_check import LabourMissedCheck
from .labour_monthly_progress_report import LabourMonthlyProgressReport
from .labour_monthly_progress_report_contacts_by_channel import LabourMonthlyProgressReportContactsByChannel
from .labour_new_hire import LabourNewHire
from .labour_new_hire_line import LabourNewHireLine
from .labour_notice_create import LabourNoticeCreate
from .labour_notice_create_line import LabourNoticeCreateLine
from .labour_notice_read import LabourNoticeRead
from .labour_page_caseworker_read import LabourPageCaseworkerRead
from .labour_page_centre_read import LabourPageCentreRead
from .labour_page_contact_read import LabourPageContactRead
from .labour_page_contract_read import LabourPageContractRead
from .labour_page_counselling_read import LabourPageCounsellingRead
from .labour_page_course_read import LabourPageCourseRead
from .labour_page_employer_read import LabourPageEmployerRead
from .labour_page_enrolment_read import LabourPageEnrolmentRead
from .labour_page_hardship_read import LabourPageHardshipRead
from .labour_page_notice_read import LabourPageNoticeRead
from .labour_page_reemployment_read import LabourPageReemploymentRead
from .labour_page_registration_read import LabourPageRegistrationRead
from .labour_page_termination_read import LabourPageTerminationRead
from .labour_page_worker_read import LabourPageWorkerRead
from .labour_record_result import LabourRecordResult
from .labour_record_result_problem_type_0 import LabourRecordResultProblemType0
from .labour_record_result_status import LabourRecordResultStatus
from .labour_reemployment_channel import LabourReemploymentChannel
from .labour_reemployment_read import LabourReemploymentRead
from .labour_reemployment_report_read import LabourReemploymentReportRead
from .labour_registration_create import LabourRegistrationCreate
from .labour_registration_create_line import LabourRegistrationCreateLine
from .labour_registration_read import LabourRegistrationRead
from .labour_registration_status import LabourRegistrationStatus
from .labour_sex import LabourSex
from .labour_termination_certificate_language import LabourTerminationCertificateLanguage
from .labour_termination_correction import LabourTerminationCorrection
from .labour_termination_read import LabourTerminationRead
from .labour_termination_reason import LabourTerminationReason
from .labour_termination_report import LabourTerminationReport
from .labour_termination_report_line import LabourTerminationReportLine
from .labour_training_result import LabourTrainingResult
from .labour_upload_report import LabourUploadReport
from .labour_wage_region import LabourWageRegion
from .labour_wishes import LabourWishes
from .labour_worker_create import LabourWorkerCreate
from .labour_worker_read import LabourWorkerRead
from .linkage_group import LinkageGroup
from .linkage_report import LinkageReport
from .linkage_report_group_by import LinkageReportGroupBy
from .my_access_log_pdf_language import MyAccessLogPdfLanguage
from .page_agency_read import PageAgencyRead
from .page_client_read import PageClientRead
from .partner_event_page import PartnerEventPage
from .partner_event_read import PartnerEventRead
from .partner_event_read_data import PartnerEventReadData
from .person_record import PersonRecord
from .person_sections import PersonSections
from .person_sections_notices_item import PersonSectionsNoticesItem
from .problem import Problem
from .problem_errors_item import ProblemErrorsItem
from .quarterly_assistance_format_type_0 import QuarterlyAssistanceFormatType0
from .quarterly_row import QuarterlyRow
from .quarterly_row_actions import QuarterlyRowActions
from .quarterly_table import QuarterlyTable
from .satisfaction_format_type_0 import SatisfactionFormatType0
from .satisfaction_group import SatisfactionGroup
from .satisfaction_group_by import SatisfactionGroupBy
from .satisfaction_report import SatisfactionReport
from .satisfaction_report_group_by import SatisfactionReportGroupBy
from .social_insurance_arrears import SocialInsuranceArrears
from .social_insurance_benefit_detail import SocialInsuranceBenefitDetail
from .social_insurance_benefit_read import SocialInsuranceBenefitRead
from .social_insurance_benefit_status import SocialInsuranceBenefitStatus
from .social_insurance_certification_create import SocialInsuranceCertificationCreate
from .social_insurance_certification_read import SocialInsuranceCertificationRead
from .social_insurance_claim_create import SocialInsuranceClaimCreate
from .social_insurance_claim_import_report import SocialInsuranceClaimImportReport
from .social_insurance_claim_import_result import SocialInsuranceClaimImportResult
from .social_insurance_claim_import_result_problem_type_0 import SocialInsuranceClaimImportResultProblemType0
from .social_insurance_claim_import_result_status import SocialInsuranceClaimImportResultStatus
from .social_insurance_claim_read import SocialInsuranceClaimRead
from .social_insurance_claim_read_decision import SocialInsuranceClaimReadDecision
from .social_insurance_claim_read_facts import SocialInsuranceClaimReadFacts
from .social_insurance_continuation_create import SocialInsuranceContinuationCreate
from .social_insurance_continuation_rate import SocialInsuranceContinuationRate
from .social_insurance_continuation_read import SocialInsuranceContinuationRead
from .social_insurance_contribution_read import SocialInsuranceContributionRead
from .social_insurance_contribution_report import SocialInsuranceContributionReport
from .social_insurance_cross_match_area import SocialInsuranceCrossMatchArea
from .social_insurance_cross_match_case import SocialInsuranceCrossMatchCase
from .social_insurance_cross_match_format_type_0 import SocialInsuranceCrossMatchFormatType0
from .social_insurance_cross_match_report import SocialInsuranceCrossMatchReport
from .social_insurance_decision_pdf_language import SocialInsuranceDecisionPdfLanguage
from .social_insurance_employment_finding import SocialInsuranceEmploymentFinding
from .social_insurance_employment_finding_kind import SocialInsuranceEmploymentFindingKind
from .social_insurance_evidence import SocialInsuranceEvidence
from .social_insurance_finding_outcome import SocialInsuranceFindingOutcome
from .social_insurance_finding_report import SocialInsuranceFindingReport
from .social_insurance_forecast_month import SocialInsuranceForecastMonth
from .social_insurance_fund_forecast import SocialInsuranceFundForecast
from .social_insurance_fund_outlook import SocialInsuranceFundOutlook
from .social_insurance_get_notice_language import SocialInsuranceGetNoticeLanguage
from .social_insurance_get_notice_response_get_notice import SocialInsuranceGetNoticeResponseGetNotice
from .social_insurance_ground_report import SocialInsuranceGroundReport
from .social_insurance_ground_report_ground import SocialInsuranceGroundReportGround
from .social_insurance_import_report import SocialInsuranceImportReport
from .social_insurance_line_result import SocialInsuranceLineResult
from .social_insurance_line_result_problem_type_0 import SocialInsuranceLineResultProblemType0
from .social_insurance_line_result_status import SocialInsuranceLineResultStatus
from .social_insurance_list_notices_language import SocialInsuranceListNoticesLanguage
from .social_insurance_list_notices_response_list_notices import SocialInsuranceListNoticesResponseListNotices
from .social_insurance_notice_pdf_language import SocialInsuranceNoticePdfLanguage
from .social_insurance_overdue_retiree import SocialInsuranceOverdueRetiree
from .social_insurance_overpayment_read import SocialInsuranceOverpaymentRead
from .social_insurance_page_benefit_read import SocialInsurancePageBenefitRead
from .social_insurance_page_claim_read import SocialInsurancePageClaimRead
from .social_insurance_page_contribution_read import SocialInsurancePageContributionRead
from .social_insurance_page_overpayment_read import SocialInsurancePageOverpaymentRead
from .social_insurance_payment_create import SocialInsurancePaymentCreate
from .social_insurance_payment_read import SocialInsurancePaymentRead
from .social_insurance_payment_status import SocialInsurancePaymentStatus
from .social_insurance_pension_payment_read import SocialInsurancePensionPaymentRead
from .social_insurance_print_notice_language import SocialInsurancePrintNoticeLanguage
from .social_insurance_public_notice_entry import SocialInsurancePublicNoticeEntry
from .social_insurance_public_notice_pdf_language import SocialInsurancePublicNoticePdfLanguage
from .social_insurance_recovery import SocialInsuranceRecovery
from .social_insurance_reemployment_channel import SocialInsuranceReemploymentChannel
from .social_insurance_replayed_decision import SocialInsuranceReplayedDecision
from .social_insurance_retiree_create import SocialInsuranceRetireeCreate
from .social_insurance_retiree_read import SocialInsuranceRetireeRead
from .social_insurance_rule_outcome import SocialInsuranceRuleOutcome
from .social_insurance_staffing import SocialInsuranceStaffing
from .survey_response import SurveyResponse
from .survey_response_read import SurveyResponseRead
from .survey_response_read_service import SurveyResponseReadService
from .survey_response_service import SurveyResponseService
from .target_read import TargetRead
from .token_body import TokenBody
from .token_body_grant_type import TokenBodyGrantType

__all__ = (
    "AccessRead",
    "AccessToken",
    "AgencyCreate",
    "AgencyKind",
    "AgencyRead",
    "ChainVerification",
    "ChangePage",
    "ChangeRead",
    "ChangeReadRecord",
    "ClientCreate",
    "ClientRead",
    "ClientUpdate",
    "CredentialCreate",
    "CredentialKind",
    "CredentialRead",
    "DataLinkageFormatType0",
    "DataLinkageGroupBy",
    "DocumentVerification",
    "FundMonths",
    "FundMonthsFormatType0",
    "FundMonthsReport",
    "Indicator",
    "IssuedCredential",
    "JobMatchingBreakdown",
    "JobMatchingCandidate",
    "JobMatchingCandidateBreakdown",
    "JobMatchingCentreKpis",
    "JobMatchingContractType",
    "JobMatchingExpiryReport",
    "JobMatchingFairVacancies",
    "JobMatchingJobFairCreate",
    "JobMatchingJobFairDetail",
    "JobMatchingJobFairRead",
    "JobMatchingJurisdiction",
    "JobMatchingKpiReport",
    "JobMatchingMatch",
    "JobMatchingOccupationMappingCreate",
    "JobMatchingOccupationMappingRead",
    "JobMatchingOfferRead",
    "JobMatchingOfferRound",
    "JobMatchingPageJobFairRead",
    "JobMatchingPageOccupationMappingRead",
    "JobMatchingPageOfferRead",
    "JobMatchingPagePlacementRead",
    "JobMatchingPageReferralRead",
    "JobMatchingPageSeekerRead",
    "JobMatchingPageVacancyRead",
    "JobMatchingPlacementRead",
    "JobMatchingPlacementReport",
    "JobMatchingPreferencesUpdate",
    "JobMatchingReferralCreate",
    "JobMatchingReferralOutcome",
    "JobMatchingReferralOutcomeOutcome",
    "JobMatchingReferralRead",
    "JobMatchingReferralState",
    "JobMatchingSeekerRead",
    "JobMatchingSeekerStatus",
    "JobMatchingShortage",
    "JobMatchingVacancyChangeRead",
    "JobMatchingVacancyCloseReason",
    "JobMatchingVacancyCreate",
    "JobMatchingVacancyFeedPage",
    "JobMatchingVacancyRead",
    "JobMatchingVacancyStatus",
    "JobMatchingVacancyWithdrawal",
    "KpiGroup",
    "KpiReport",
    "KpiReportGroupBy",
    "KpisFormatType0",
    "KpisGroupBy",
    "LabourBenefitStatus",
    "LabourCaseworkerCreate",
    "LabourCaseworkerRead",
    "LabourCentreCreate",
    "LabourCentreRead",
    "LabourClaimStatus",
    "LabourCloseReason",
    "LabourContactChannel",
    "LabourContactCreate",
    "LabourContactRead",
    "LabourContractCreate",
    "LabourContractRead",
    "LabourContractType",
    "LabourCounsellingCreate",
    "LabourCounsellingKind",
    "LabourCounsellingRead",
    "LabourCourseCreate",
    "LabourCourseRead",
    "LabourDeparture",
    "LabourEmployerCreate",
    "LabourEmployerRead",
    "LabourEnrolmentCreate",
    "LabourEnrolmentRead",
    "LabourEnrolmentResult",
    "LabourHardshipCreate",
    "LabourHardshipRead",
    "LabourJurisdiction",
    "LabourMissedCheck",
    "LabourMonthlyProgressReport",
    "LabourMonthlyProgressReportContactsByChannel",
    "LabourNewHire",
    "LabourNewHireLine",
    "LabourNoticeCreate",
    "LabourNoticeCreateLine",
    "LabourNoticeRead",
    "LabourPageCaseworkerRead",
    "LabourPageCentreRead",
    "LabourPageContactRead",
    "LabourPageContractRead",
    "LabourPageCounsellingRead",
    "LabourPageCourseRead",
    "LabourPageEmployerRead",
    "LabourPageEnrolmentRead",
    "LabourPageHardshipRead",
    "LabourPageNoticeRead",
    "LabourPageReemploymentRead",
    "LabourPageRegistrationRead",
    "LabourPageTerminationRead",
    "LabourPageWorkerRead",
    "LabourRecordResult",
    "LabourRecordResultProblemType0",
    "LabourRecordResultStatus",
    "LabourReemploymentChannel",
    "LabourReemploymentRead",
    "LabourReemploymentReportRead",
    "LabourRegistrationCreate",
    "LabourRegistrationCreateLine",
    "LabourRegistrationRead",
    "LabourRegistrationStatus",
    "LabourSex",
    "LabourTerminationCertificateLanguage",
    "LabourTerminationCorrection",
    "LabourTerminationRead",
    "LabourTerminationReason",
    "LabourTerminationReport",
    "LabourTerminationReportLine",
    "LabourTrainingResult",
    "LabourUploadReport",
    "LabourWageRegion",
    "LabourWishes",
    "LabourWorkerCreate",
    "LabourWorkerRead",
    "LinkageGroup",
    "LinkageReport",
    "LinkageReportGroupBy",
    "MyAccessLogPdfLanguage",
    "PageAgencyRead",
    "PageClientRead",
    "PartnerEventPage",
    "PartnerEventRead",
    "PartnerEventReadData",
    "PersonRecord",
    "PersonSections",
    "PersonSectionsNoticesItem",
    "Problem",
    "ProblemErrorsItem",
    "QuarterlyAssistanceFormatType0",
    "QuarterlyRow",
    "QuarterlyRowActions",
    "QuarterlyTable",
    "SatisfactionFormatType0",
    "SatisfactionGroup",
    "SatisfactionGroupBy",
    "SatisfactionReport",
    "SatisfactionReportGroupBy",
    "SocialInsuranceArrears",
    "SocialInsuranceBenefitDetail",
    "SocialInsuranceBenefitRead",
    "SocialInsuranceBenefitStatus",
    "SocialInsuranceCertificationCreate",
    "SocialInsuranceCertificationRead",
    "SocialInsuranceClaimCreate",
    "SocialInsuranceClaimImportReport",
    "SocialInsuranceClaimImportResult",
    "SocialInsuranceClaimImportResultProblemType0",
    "SocialInsuranceClaimImportResultStatus",
    "SocialInsuranceClaimRead",
    "SocialInsuranceClaimReadDecision",
    "SocialInsuranceClaimReadFacts",
    "SocialInsuranceContinuationCreate",
    "SocialInsuranceContinuationRate",
    "SocialInsuranceContinuationRead",
    "SocialInsuranceContributionRead",
    "SocialInsuranceContributionReport",
    "SocialInsuranceCrossMatchArea",
    "SocialInsuranceCrossMatchCase",
    "SocialInsuranceCrossMatchFormatType0",
    "SocialInsuranceCrossMatchReport",
    "SocialInsuranceDecisionPdfLanguage",
    "SocialInsuranceEmploymentFinding",
    "SocialInsuranceEmploymentFindingKind",
    "SocialInsuranceEvidence",
    "SocialInsuranceFindingOutcome",
    "SocialInsuranceFindingReport",
    "SocialInsuranceForecastMonth",
    "SocialInsuranceFundForecast",
    "SocialInsuranceFundOutlook",
    "SocialInsuranceGetNoticeLanguage",
    "SocialInsuranceGetNoticeResponseGetNotice",
    "SocialInsuranceGroundReport",
    "SocialInsuranceGroundReportGround",
    "SocialInsuranceImportReport",
    "SocialInsuranceLineResult",
    "SocialInsuranceLineResultProblemType0",
    "SocialInsuranceLineResultStatus",
    "SocialInsuranceListNoticesLanguage",
    "SocialInsuranceListNoticesResponseListNotices",
    "SocialInsuranceNoticePdfLanguage",
    "SocialInsuranceOverdueRetiree",
    "SocialInsuranceOverpaymentRead",
    "SocialInsurancePageBenefitRead",
    "SocialInsurancePageClaimRead",
    "SocialInsurancePageContributionRead",
    "SocialInsurancePageOverpaymentRead",
    "SocialInsurancePaymentCreate",
    "SocialInsurancePaymentRead",
    "SocialInsurancePaymentStatus",
    "SocialInsurancePensionPaymentRead",
    "SocialInsurancePrintNoticeLanguage",
    "SocialInsurancePublicNoticeEntry",
    "SocialInsurancePublicNoticePdfLanguage",
    "SocialInsuranceRecovery",
    "SocialInsuranceReemploymentChannel",
    "SocialInsuranceReplayedDecision",
    "SocialInsuranceRetireeCreate",
    "SocialInsuranceRetireeRead",
    "SocialInsuranceRuleOutcome",
    "SocialInsuranceStaffing",
    "SurveyResponse",
    "SurveyResponseRead",
    "SurveyResponseReadService",
    "SurveyResponseService",
    "TargetRead",
    "TokenBody",
    "TokenBodyGrantType",
)
