from enum import StrEnum


class LabourCounsellingKind(StrEnum):
    COUNSELLING = "counselling"
    VOCATIONAL_GUIDANCE = "vocational_guidance"

    def __str__(self) -> str:
        return str(self.value)
