"""Review discipline: which pages are overdue for review or due soon (front matter `review_by`,
`owner`), the overdue banner's words, the Review status page (`::: review-status all`) and the
CI warning (`python -m kb.review.due`)."""
