"""The mapping from national occupation lists to ISCO-08, which matching compares on."""

from sqlalchemy.ext.asyncio import AsyncSession

from services.job_matching.models import OccupationMapping
from services.job_matching.occupations.repository import OccupationMappingRepository
from services.job_matching.occupations.schemas import OccupationMappingCreate
from shared.events.vocabulary import Jurisdiction
from shared.problems import Conflict, InvalidInput


async def add_mapping(*, session: AsyncSession, mapping: OccupationMappingCreate) -> OccupationMapping:
    """Map a national occupation code to ISCO-08; a code is mapped once per jurisdiction."""
    repository = OccupationMappingRepository(session)
    existing = await repository.by_national_code(mapping.jurisdiction, mapping.national_code)
    if existing is not None:
        raise Conflict(
            f"{mapping.national_code} is already mapped in {mapping.jurisdiction}",
            existing=f"/occupations/mappings/{existing.id}",
        )
    return await repository.add(OccupationMapping(**mapping.model_dump()))


async def isco_code_of(
    *, session: AsyncSession, jurisdiction: Jurisdiction, isco_code: str | None, national_code: str | None
) -> str:
    """The ISCO-08 unit group of an occupation given either way (both given: they must agree)."""
    if national_code is None:
        if isco_code is None:
            raise InvalidInput.of("isco_code", "occupation_required", "give isco_code or national_occupation_code")
        return isco_code
    mapping = await OccupationMappingRepository(session).by_national_code(jurisdiction, national_code)
    if mapping is None:
        raise InvalidInput.of(
            "national_occupation_code",
            "mapped_code",
            f"{national_code} has no ISCO-08 mapping in {jurisdiction}; add one under /occupations/mappings",
        )
    if isco_code is not None and isco_code != mapping.isco_code:
        raise InvalidInput.of(
            "isco_code", "agrees_with_mapping", f"{national_code} maps to {mapping.isco_code}, not {isco_code}"
        )
    return mapping.isco_code
