from typing import Literal

# The languages a notice is written in: Vietnamese, Chinese, English.
Language = Literal["vi", "zh", "en"]
