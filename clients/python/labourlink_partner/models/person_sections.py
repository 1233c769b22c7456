from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.job_matching_placement_read import JobMatchingPlacementRead
    from ..models.job_matching_referral_read import JobMatchingReferralRead
    from ..models.job_matching_seeker_read import JobMatchingSeekerRead
    from ..models.labour_contract_read import LabourContractRead
    from ..models.labour_counselling_read import LabourCounsellingRead
    from ..models.labour_enrolment_read import LabourEnrolmentRead
    from ..models.labour_hardship_read import LabourHardshipRead
    from ..models.labour_registration_read import LabourRegistrationRead
    from ..models.labour_termination_read import LabourTerminationRead
    from ..models.labour_worker_read import LabourWorkerRead
    from ..models.person_sections_notices_item import PersonSectionsNoticesItem
    from ..models.social_insurance_benefit_read import SocialInsuranceBenefitRead
    from ..models.social_insurance_claim_read import SocialInsuranceClaimRead
    from ..models.social_insurance_contribution_read import SocialInsuranceContributionRead


T = TypeVar("T", bound="PersonSections")


@_attrs_define
class PersonSections:
    """a section per data category the caller may read; the others are absent

    Attributes:
        workers (list[LabourWorkerRead] | Unset):
        contracts (list[LabourContractRead] | Unset):
        terminations (list[LabourTerminationRead] | Unset):
        registrations (list[LabourRegistrationRead] | Unset):
        counselling (list[LabourCounsellingRead] | Unset):
        training (list[LabourEnrolmentRead] | Unset):
        hardship (list[LabourHardshipRead] | Unset):
        contributions (list[SocialInsuranceContributionRead] | Unset):
        notices (list[PersonSectionsNoticesItem] | Unset):
        claims (list[SocialInsuranceClaimRead] | Unset):
        benefits (list[SocialInsuranceBenefitRead] | Unset):
        seekers (JobMatchingSeekerRead | None | Unset):
        referrals (list[JobMatchingReferralRead] | Unset):
        placements (list[JobMatchingPlacementRead] | Unset):
    """

    workers: list[LabourWorkerRead] | Unset = UNSET
    contracts: list[LabourContractRead] | Unset = UNSET
    terminations: list[LabourTerminationRead] | Unset = UNSET
    registrations: list[LabourRegistrationRead] | Unset = UNSET
    counselling: list[LabourCounsellingRead] | Unset = UNSET
    training: list[LabourEnrolmentRead] | Unset = UNSET
    hardship: list[LabourHardshipRead] | Unset = UNSET
    contributions: list[SocialInsuranceContributionRead] | Unset = UNSET
    notices: list[PersonSectionsNoticesItem] | Unset = UNSET
    claims: list[SocialInsuranceClaimRead] | Unset = UNSET
    benefits: list[SocialInsuranceBenefitRead] | Unset = UNSET
    seekers: JobMatchingSeekerRead | None | Unset = UNSET
    referrals: list[JobMatchingReferralRead] | Unset = UNSET
    placements: list[JobMatchingPlacementRead] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.job_matching_seeker_read import JobMatchingSeekerRead  # noqa: PLC0415

        workers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.workers, Unset):
            workers = []
            for workers_item_data in self.workers:
                workers_item = workers_item_data.to_dict()
                workers.append(workers_item)

        contracts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contracts, Unset):
            contracts = []
            for contracts_item_data in self.contracts:
                contracts_item = contracts_item_data.to_dict()
                contracts.append(contracts_item)

        terminations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.terminations, Unset):
            terminations = []
            for terminations_item_data in self.terminations:
                terminations_item = terminations_item_data.to_dict()
                terminations.append(terminations_item)

        registrations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.registrations, Unset):
            registrations = []
            for registrations_item_data in self.registrations:
                registrations_item = registrations_item_data.to_dict()
                registrations.append(registrations_item)

        counselling: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.counselling, Unset):
            counselling = []
            for counselling_item_data in self.counselling:
                counselling_item = counselling_item_data.to_dict()
                counselling.append(counselling_item)

        training: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training, Unset):
            training = []
            for training_item_data in self.training:
                training_item = training_item_data.to_dict()
                training.append(training_item)

        hardship: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.hardship, Unset):
            hardship = []
            for hardship_item_data in self.hardship:
                hardship_item = hardship_item_data.to_dict()
                hardship.append(hardship_item)

        contributions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contributions, Unset):
            contributions = []
            for contributions_item_data in self.contributions:
                contributions_item = contributions_item_data.to_dict()
                contributions.append(contributions_item)

        notices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.notices, Unset):
            notices = []
            for notices_item_data in self.notices:
                notices_item = notices_item_data.to_dict()
                notices.append(notices_item)

        claims: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.claims, Unset):
            claims = []
            for claims_item_data in self.claims:
                claims_item = claims_item_data.to_dict()
                claims.append(claims_item)

        benefits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.benefits, Unset):
            benefits = []
            for benefits_item_data in self.benefits:
                benefits_item = benefits_item_data.to_dict()
                benefits.append(benefits_item)

        seekers: dict[str, Any] | None | Unset
        if isinstance(self.seekers, Unset):
            seekers = UNSET
        elif isinstance(self.seekers, JobMatchingSeekerRead):
            seekers = self.seekers.to_dict()
        else:
            seekers = self.seekers

        referrals: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.referrals, Unset):
            referrals = []
            for referrals_item_data in self.referrals:
                referrals_item = referrals_item_data.to_dict()
                referrals.append(referrals_item)

        placements: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.placements, Unset):
            placements = []
            for placements_item_data in self.placements:
                placements_item = placements_item_data.to_dict()
                placements.append(placements_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workers is not UNSET:
            field_dict["workers"] = workers
        if contracts is not UNSET:
            field_dict["contracts"] = contracts
        if terminations is not UNSET:
            field_dict["terminations"] = terminations
        if registrations is not UNSET:
            field_dict["registrations"] = registrations
        if counselling is not UNSET:
            field_dict["counselling"] = counselling
        if training is not UNSET:
            field_dict["training"] = training
        if hardship is not UNSET:
            field_dict["hardship"] = hardship
        if contributions is not UNSET:
            field_dict["contributions"] = contributions
        if notices is not UNSET:
            field_dict["notices"] = notices
        if claims is not UNSET:
            field_dict["claims"] = claims
        if benefits is not UNSET:
            field_dict["benefits"] = benefits
        if seekers is not UNSET:
            field_dict["seekers"] = seekers
        if referrals is not UNSET:
            field_dict["referrals"] = referrals
        if placements is not UNSET:
            field_dict["placements"] = placements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.job_matching_placement_read import JobMatchingPlacementRead  # noqa: PLC0415
        from ..models.job_matching_referral_read import JobMatchingReferralRead  # noqa: PLC0415
        from ..models.job_matching_seeker_read import JobMatchingSeekerRead  # noqa: PLC0415
        from ..models.labour_contract_read import LabourContractRead  # noqa: PLC0415
        from ..models.labour_counselling_read import LabourCounsellingRead  # noqa: PLC0415
        from ..models.labour_enrolment_read import LabourEnrolmentRead  # noqa: PLC0415
        from ..models.labour_hardship_read import LabourHardshipRead  # noqa: PLC0415
        from ..models.labour_registration_read import LabourRegistrationRead  # noqa: PLC0415
        from ..models.labour_termination_read import LabourTerminationRead  # noqa: PLC0415
        from ..models.labour_worker_read import LabourWorkerRead  # noqa: PLC0415
        from ..models.person_sections_notices_item import PersonSectionsNoticesItem  # noqa: PLC0415
        from ..models.social_insurance_benefit_read import SocialInsuranceBenefitRead  # noqa: PLC0415
        from ..models.social_insurance_claim_read import SocialInsuranceClaimRead  # noqa: PLC0415
        from ..models.social_insurance_contribution_read import SocialInsuranceContributionRead  # noqa: PLC0415

        d = dict(src_dict)
        _workers = d.pop("workers", UNSET)
        workers: list[LabourWorkerRead] | Unset = UNSET
        if _workers is not UNSET:
            workers = []
            for workers_item_data in _workers:
                workers_item = LabourWorkerRead.from_dict(workers_item_data)

                workers.append(workers_item)

        _contracts = d.pop("contracts", UNSET)
        contracts: list[LabourContractRead] | Unset = UNSET
        if _contracts is not UNSET:
            contracts = []
            for contracts_item_data in _contracts:
                contracts_item = LabourContractRead.from_dict(contracts_item_data)

                contracts.append(contracts_item)

        _terminations = d.pop("terminations", UNSET)
        terminations: list[LabourTerminationRead] | Unset = UNSET
        if _terminations is not UNSET:
            terminations = []
            for terminations_item_data in _terminations:
                terminations_item = LabourTerminationRead.from_dict(terminations_item_data)

                terminations.append(terminations_item)

        _registrations = d.pop("registrations", UNSET)
        registrations: list[LabourRegistrationRead] | Unset = UNSET
        if _registrations is not UNSET:
            registrations = []
            for registrations_item_data in _registrations:
                registrations_item = LabourRegistrationRead.from_dict(registrations_item_data)

                registrations.append(registrations_item)

        _counselling = d.pop("counselling", UNSET)
        counselling: list[LabourCounsellingRead] | Unset = UNSET
        if _counselling is not UNSET:
            counselling = []
            for counselling_item_data in _counselling:
                counselling_item = LabourCounsellingRead.from_dict(counselling_item_data)

                counselling.append(counselling_item)

        _training = d.pop("training", UNSET)
        training: list[LabourEnrolmentRead] | Unset = UNSET
        if _training is not UNSET:
            training = []
            for training_item_data in _training:
                training_item = LabourEnrolmentRead.from_dict(training_item_data)

                training.append(training_item)

        _hardship = d.pop("hardship", UNSET)
        hardship: list[LabourHardshipRead] | Unset = UNSET
        if _hardship is not UNSET:
            hardship = []
            for hardship_item_data in _hardship:
                hardship_item = LabourHardshipRead.from_dict(hardship_item_data)

                hardship.append(hardship_item)

        _contributions = d.pop("contributions", UNSET)
        contributions: list[SocialInsuranceContributionRead] | Unset = UNSET
        if _contributions is not UNSET:
            contributions = []
            for contributions_item_data in _contributions:
                contributions_item = SocialInsuranceContributionRead.from_dict(contributions_item_data)

                contributions.append(contributions_item)

        _notices = d.pop("notices", UNSET)
        notices: list[PersonSectionsNoticesItem] | Unset = UNSET
        if _notices is not UNSET:
            notices = []
            for notices_item_data in _notices:
                notices_item = PersonSectionsNoticesItem.from_dict(notices_item_data)

                notices.append(notices_item)

        _claims = d.pop("claims", UNSET)
        claims: list[SocialInsuranceClaimRead] | Unset = UNSET
        if _claims is not UNSET:
            claims = []
            for claims_item_data in _claims:
                claims_item = SocialInsuranceClaimRead.from_dict(claims_item_data)

                claims.append(claims_item)

        _benefits = d.pop("benefits", UNSET)
        benefits: list[SocialInsuranceBenefitRead] | Unset = UNSET
        if _benefits is not UNSET:
            benefits = []
            for benefits_item_data in _benefits:
                benefits_item = SocialInsuranceBenefitRead.from_dict(benefits_item_data)

                benefits.append(benefits_item)

        def _parse_seekers(data: object) -> JobMatchingSeekerRead | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                seekers_type_0 = JobMatchingSeekerRead.from_dict(data)

                return seekers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(JobMatchingSeekerRead | None | Unset, data)

        seekers = _parse_seekers(d.pop("seekers", UNSET))

        _referrals = d.pop("referrals", UNSET)
        referrals: list[JobMatchingReferralRead] | Unset = UNSET
        if _referrals is not UNSET:
            referrals = []
            for referrals_item_data in _referrals:
                referrals_item = JobMatchingReferralRead.from_dict(referrals_item_data)

                referrals.append(referrals_item)

        _placements = d.pop("placements", UNSET)
        placements: list[JobMatchingPlacementRead] | Unset = UNSET
        if _placements is not UNSET:
            placements = []
            for placements_item_data in _placements:
                placements_item = JobMatchingPlacementRead.from_dict(placements_item_data)

                placements.append(placements_item)

        person_sections = cls(
            workers=workers,
            contracts=contracts,
            terminations=terminations,
            registrations=registrations,
            counselling=counselling,
            training=training,
            hardship=hardship,
            contributions=contributions,
            notices=notices,
            claims=claims,
            benefits=benefits,
            seekers=seekers,
            referrals=referrals,
            placements=placements,
        )

        person_sections.additional_properties = d
        return person_sections

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
