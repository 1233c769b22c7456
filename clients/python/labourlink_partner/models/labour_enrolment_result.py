from enum import StrEnum


class LabourEnrolmentResult(StrEnum):
    DROPPED = "dropped"
    FAILED = "failed"
    PASSED = "passed"

    def __str__(self) -> str:
        return str(self.value)
