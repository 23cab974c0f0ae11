"""Compare two versions of a document, with no LLM: units by structure (articles, chapters,
paragraphs), aligned by identical text, then by similarity in order, then by similarity across
the order (moved); changed words marked inside the sentence; changed figures read by code.

    comparison = compare_texts(display_a, display_b, title_a, title_b)
    comparison.summary.line   # 修改12条，新增3条，删除1条，数字变化5处
    comparison.units          # aligned units with spans, marks and figure changes
    comparison.to_markdown(); comparison.to_docx(path)   # 修改对照表: 原文 / 修改后 / 说明
"""

from assistant.compare.compare import compare_texts
from assistant.compare.model import Comparison, FigureChange, Summary, Unit

__all__ = ["Comparison", "FigureChange", "Summary", "Unit", "compare_texts"]
