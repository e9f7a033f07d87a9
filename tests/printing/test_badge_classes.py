"""Issue 18: badge classes tell categories apart without colour alone."""

from __future__ import annotations

from itertools import combinations

from ceremony.categories import STARTER_CATEGORIES, contrast_with_white, grey_level


def test_every_starting_category_has_its_own_class_text():
    texts = [c.badge_class for c in STARTER_CATEGORIES]
    assert len(set(texts)) == len(texts)
    assert {"贵宾证", "嘉宾证", "记者证", "工作证", "学生证", "教师证", "家长证"} <= set(texts)


def test_band_colours_differ_in_grey_for_black_and_white_print_and_keep_white_text_readable():
    for a, b in combinations(STARTER_CATEGORIES, 2):
        assert abs(grey_level(a.color) - grey_level(b.color)) >= 11, (a.name, b.name)
    assert all(contrast_with_white(c.color) >= 3.0 for c in STARTER_CATEGORIES)


def test_the_demo_prints_each_category_with_its_own_class(demo_event, tmp_path):
    from printing_support import text_of
    by_category = {}
    for person in demo_event.attendees():
        by_category.setdefault(person.category, person.id)
    pdf = tmp_path / "classes.pdf"
    demo_event.printing.badge_pdf(list(by_category.values()), pdf)
    text = text_of(pdf)
    for category in demo_event.categories():
        if category.name in by_category:
            assert category.badge_class in text
