"""kb.core.han_variants: traditional Chinese folded to simplified, from OpenCC's data."""

from kb.core.folding import fold, fold_for_index
from kb.core.han_variants import traditional_to_simplified


def test_traditional_characters_have_their_simplified_form() -> None:
    pairs = traditional_to_simplified()
    assert (pairs["後"], pairs["聯"], pairs["點"], pairs["貨"]) == ("后", "联", "点", "货")
    assert "后" not in pairs and len(pairs) > 2000  # simplified characters stay as they are


def test_the_index_and_queries_fold_them_alike() -> None:
    assert fold("售後服務 退換貨") == fold_for_index("售後服務 退換貨") == "售后服务 退换货"
