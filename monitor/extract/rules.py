"""The extractor's deciding rules, named, in one place, and the generic engine that runs them.

Each rule is a record: its name, the fact kinds it applies to, what it does, an example
sentence of our own, and — for the rules that decide about a candidate fact — the stage it
belongs to, its condition and its action. A trigger phrase (or an episode count) in a sentence
becomes a :class:`~.candidate.Candidate`; :func:`candidate_facts` passes it through the stages
in order:

============== ====================================================================== ========
stage          what its rules decide                                                  applies
============== ====================================================================== ========
non_event      questions, confusions of the kind, quotes, changed plans, negation      every
date           the date phrase the trigger owns                                       first
certainty      confirmed / expected / speculative                                     first
date_fallback  dates the text implies (another trigger's, the publication month)      every
kind           a fact of one kind that the wording makes another                      every
targets        the show(s) the fact goes to                                           first
per_target     a target that is another show, or a new show's first season            first
season         the season the fact is about                                           first
season_adjust  a season the wording shifts by one                                     every
============== ====================================================================== ========

In a "first" stage only the first rule whose condition holds acts; in an "every" stage each
one does, in order. A condition returns something falsy when the rule does not apply, else a
value its action receives; an action returns the refined candidate, or None to drop it.

Rules whose decisions are made elsewhere (title validation in ``titles.py``, tracker lines,
dedupe) are records without a stage, referred to by name. When a :class:`Trace` is active,
every rule that acts is recorded, so ``monitor extract --explain FILE`` can say, for each fact,
the rules that made it and, for each dropped candidate, the rule that dropped it. The patterns
the conditions use live as data in ``patterns.py``; title vetoes in ``data/*.json``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Iterator, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from typing import Any

from .. import memo
from ..models import Fact
from . import dates as datemod
from .candidate import (
    UNFOUND_SHOW,
    Candidate,
    Clause,
    MentionLike,
    SeasonPhrase,
    Target,
    Trigger,
)
from .lists import (
    DECISION_VERB_END_RE,
    STAYING_AFTER_RE,
    list_reference,
    object_breaks,
    plural_object_list,
    referenced_items,
)
from .patterns import (
    ACTING_ON_SHOW_VERBS,
    ADAPTED_SOURCE_IN_PASSING,
    ADAPTED_SOURCE_RE,
    ADVERBIAL_OPEN_RE,
    AFTER_EVENT_BEFORE_RE,
    AFTER_LINK_RE,
    AFTER_OTHER_EVENT_RE,
    AFTER_RE,
    AFTER_SEASONS_RE,
    AIRED_AFTER_RE,
    AIRED_SPAN,
    AIRING_AFTER_RE,
    AIRING_NOUN_RE,
    AIRING_OBJECT_RE,
    AIRING_SUBJECT_RE,
    AIRING_TITLE_SUBJECT_RE,
    ALREADY_RE,
    ALTERNATIVE_OPEN_RE,
    ANNOUNCE_RE,
    ANNOUNCED_VERB_RE,
    ANOTHER_NAMED_SEASON_RE,
    ANOTHER_RUN_TOLD_RE,
    ANOTHER_SEASON_RE,
    APPOSITION_GAP_RE,
    ARRIVAL_ANY_TIME_RE,
    ARRIVAL_ARTICLE_DAY_RE,
    ARRIVAL_OTHER_SUBJECT_RE,
    ARRIVAL_SUBJECT_START_RE,
    ARRIVAL_VERB_TRIGGER_RE,
    ARRIVAL_WITH_TIME_RE,
    ATTRIBUTION_RE,
    AUDIENCE_BELIEF_RE,
    BACK_ON_PLACE_WITH_TIME_RE,
    BEFORE_CANCELLED_EVENT_RE,
    BEFORE_PLAN_VOIDED_RE,
    CANCEL_DECISION_REVERSED_RE,
    CANCELLATION_NOT_GIVEN_AFTER_RE,
    CANCELLATION_NOT_GIVEN_BEFORE_RE,
    CANCELLED_AS_DESCRIPTION_AFTER_RE,
    CANCELLED_AS_DESCRIPTION_BEFORE_RE,
    CAUSED_START_BEFORE_RE,
    CLAUSE_CUT_RE,
    CONTRAST_AFTER_RE,
    CONTRAST_BEFORE_RE,
    CONTRAST_NEEDS,
    COPULA_GAP_RE,
    COUNT_CHANGED_RE,
    COUNT_FROM_BEFORE_RE,
    COUNT_FROM_TO_RE,
    COUNT_PARTS_OF_RE,
    COUNT_RETURN_RE,
    COUNT_THEN_SEASON_RE,
    COUNT_TOTAL_RE,
    COUNTED_AMONG_DECISIONS_RE,
    COUNTED_SHOWS_RE,
    CREDIT_AFTER_RE,
    CREDIT_BEFORE_RE,
    CURRENT_SEASON_RE,
    CUT_IN_OTHER_WORDS_RE,
    DATE_NOUN_GIVES_RE,
    DATE_SETTING_RE,
    DEALING_NOUNS,
    DEALING_OBJECT_RE,
    DEALING_SUBJECT_RE,
    DEBUT_WORD_RE,
    DECIDER_AGENT_GAP_RE,
    DECIDER_SOURCE_BEFORE_RE,
    DECIDER_SUBJECT_GAP_RE,
    DECIDING_VERB_OBJECT_RE,
    DECISION_AHEAD_RE,
    DECISION_NOUN_TO_CANCEL_RE,
    DECISION_NOUN_TRIGGER_RE,
    DECISION_OBJECT_GAP_RE,
    DECISIONS_HANDED_RE,
    DECLINED_SEASON_RE,
    DENIAL_NOT_DECIDED_RE,
    DENIAL_VERB_RE,
    DENIED_AFTER_RE,
    DENIED_BEFORE_RE,
    DESCRIBED_REFERENCE_RE,
    DOCUMENT_QUOTE_AFTER_RE,
    DOCUMENT_QUOTE_BEFORE_RE,
    DUE_OTHER_SUBJECT_RE,
    DUE_TRIGGER_RE,
    EACH_FOR_RE,
    EARLIER_RE,
    EARLIEST_RE,
    ELIDED_SUBJECT_JOIN_RE,
    ELLIPTIC_FOR_RE,
    ELLIPTIC_ORDINAL_RE,
    END_FAMILY_RE,
    EPISODE_COUNT_RE,
    EPISODES_INTO_RE,
    EVENT_STILL_HELD_RE,
    EXPECTED_RE,
    FAREWELL_FINAL_SEASON_RE,
    FAREWELL_RUN_ENDED_RE,
    FESTIVAL_AFTER_RE,
    FILM_CONTEXT_RE,
    FILMING_GOES_ON_RE,
    FINAL_COUNT_RE,
    FINAL_GENERIC_RE,
    FIRST_PERSON_OBJECT_RE,
    FIRST_PERSON_SUBJECT_RE,
    FIRST_SEASON_RE,
    FOR_RE,
    FOR_SEASON_GAP_RE,
    FOREIGN_VERSION_BEFORE_RE,
    FRAME_CUT_RE,
    FRONTED_RENEWAL_OPENER_RE,
    FRONTED_RENEWAL_WORD_RE,
    FULL_SEASON_ORDER_RE,
    FUTURE_DATE_MARK_RE,
    FUTURE_IN_PAST_RE,
    FUTURE_MARK_RE,
    GAPPED_COUNT_RE,
    GAPPED_LINK_RE,
    GOES_ON_NEGATED_RE,
    GOES_ON_SEASON_RE,
    HALT_RE,
    HAPPENED_TRIGGER_RE,
    HEADLINE_DATE_NOUN_RE,
    HEADLINE_DECISIONS_YEAR_RE,
    HORIZON_BEFORE_RE,
    IF_CONDITION_RE,
    IF_RE,
    INNER_NEGATION_RE,
    INVERTED_CONDITION_RE,
    JOINT_RE,
    JUST_HAPPENED_RE,
    LATER_PART_COUNT_RE,
    LATER_PART_RE,
    LATER_SEASON_RE,
    LIMITED_SERIES_RE,
    MEDIUM_SUBJECT_RE,
    MENTION_TAIL_RE,
    MODAL_AHEAD_RE,
    MORE_COMMISSIONED_RE,
    MORE_SEASONS_END_RE,
    MORE_SEASONS_RE,
    MOVED_DATE_TRIGGER_RE,
    MOVED_NEEDS,
    MOVED_SHOOT_BEFORE_RE,
    NAME_IN_ASIDE_RE,
    NEGATION_RE,
    NEGATIVE_WORD_RE,
    NEW_EPISODES_OF_NAME_RE,
    NEW_EPISODES_OF_TOLD_SEASON,
    NEW_EPISODES_OPEN_RE,
    NEW_SHOW_RE,
    NEW_STEMS,
    NEW_WORDS,
    NEXT_SEASON_RE,
    NOT_COMMISSIONED_MORE_RE,
    NOT_ONLY_RE,
    NOT_THE_SHOOT_RE,
    NOUN_FILLER,
    NOUN_PREMIERE_RE,
    NOUN_TRIGGER_RE,
    NUMBER_WORDS,
    NUMBERED_SEASON_GOT_RE,
    NUMBERED_SEASON_RE,
    ONGOING_SHOOT_STATE_RE,
    OPEN_QUESTION_RE,
    ORDER_WORD_RE,
    ORDINALS,
    OTHER_SHOW_APPOSED_SUBJECT_RE,
    OTHER_SHOW_ENDED_AFTER_RE,
    OTHER_SHOW_ENDED_BEFORE_RE,
    OTHER_SHOW_OBJECT_RE,
    OTHER_SHOW_SUBJECT_RE,
    OTHER_SIDE_SPEAKER_RE,
    OTHER_WE_THING_RE,
    OTHER_WORK_AFTER_RE,
    OTHER_WORK_BEFORE_RE,
    OWN_SIDE_SPEAKER_RE,
    OWN_SUBJECT_RE,
    OWNER_BEFORE_KIND_RE,
    OWNER_NEEDS,
    OWNER_OF_NAMED_RE,
    OWNER_POSSESSIVE_AT_RE,
    PART_NUMBER_RE,
    PASSING_PREPOSITION_RE,
    PASSIVE_AUX,
    PASSIVE_AUX_START_RE,
    PASSIVE_BEFORE_TRIGGER,
    PAST_AUX_RE,
    PAST_DATE_MARK_RE,
    PAST_MARK_RE,
    PAST_PLAN_NEEDS,
    PAST_PLAN_RE,
    PERSON_AUX_END_RE,
    PLACE_BEFORE_DEBUT_AFTER_RE,
    PLACE_BEFORE_DEBUT_BEFORE_RE,
    PLAN_CHANGED_RE,
    PLAN_REPORTED_RE,
    PLANNED_END_CUE_RE,
    PLURAL_DECISION_RE,
    PLURAL_REFERENCE_RE,
    PLURAL_SHOWS_SUBJECT_RE,
    POST_NOT_OWN_RE,
    POST_WISH_RE,
    PREDECESSOR_RE,
    PREFERRED_AFTER_RE,
    PREMIERE_EVENT_AFTER_RE,
    PREMIERE_EVENT_RE,
    PREMIERE_JUST_RE,
    PREMIERE_PRESENT_RE,
    PREMIERE_RECEIVED_AFTER_RE,
    PROMO_RE,
    PRONOUN_SPEAKER_RE,
    QUESTION_END_RE,
    QUESTION_START_RE,
    QUOTED_DECISION_MOOD_RE,
    QUOTED_PERSON_RE,
    RAN_SEASONS_RE,
    REFERENCE_START_RE,
    REFERENCE_SUBJECT_RE,
    REFERS_TO_SHOW_RE,
    RELATIVE_OPEN_RE,
    RELEASE_CHANNEL_RE,
    REMAKE_AFTER_TRIGGER_RE,
    REMAKE_BEFORE_TRIGGER_RE,
    REMAKE_NEEDS,
    RENEW_DECISION_REVERSED_RE,
    RENEW_WORD_RE,
    RENEWAL_GOT_LEAD_RE,
    RENEWAL_NOT_GIVEN_AFTER_RE,
    RENEWAL_NOT_GIVEN_BEFORE_RE,
    RENEWAL_REFUSED_BEFORE_RE,
    RENEWAL_REPORTED_GIVEN_RE,
    RENEWAL_SOUGHT_RE,
    RENEWAL_TAKEN_BACK_RE,
    RENEWED_OTHER_OBJECT_RE,
    REPORT_FRAME_RE,
    REPORT_NOUN_AFTER_RE,
    REPORTED_AFTER_RE,
    REPORTED_AHEAD_BEFORE_RE,
    REPORTED_CLAUSE_OPEN_RE,
    REPORTED_NOW_RE,
    REPORTED_RE,
    RERUN_OF_BEFORE_RE,
    RERUN_RE,
    RESTART_RE,
    RESUMED_RE,
    RETURN_DELAYED_AFTER_RE,
    RETURN_DENIED_BEFORE_RE,
    RETURN_DENIED_INSIDE_RE,
    RETURN_ELSEWHERE_RE,
    RETURN_FAMILY_RE,
    RETURN_NOT_THIS_TIME_RE,
    RETURN_PUT_OFF_RE,
    RETURN_TO_PLACE_RE,
    RETURNING_SHOW_RE,
    REVIVAL_APPOSITION_RE,
    REVIVAL_GIVEN_RE,
    RIGHT_AFTER_SEASON_GAP_RE,
    RUN_BEGUN_AFTER_NAME_RE,
    RUN_BEGUN_RE,
    RUN_BEGUN_SUBJECT_RE,
    RUNTIME_NOT_COUNT_RE,
    SCHEDULE_PLACEMENT_RE,
    SCHEDULED_PRESENT_RE,
    SEASON_AIRED_AFTER_RE,
    SEASON_AIRED_BEFORE_RE,
    SEASON_ARC_RE,
    SEASON_ARRIVING_RE,
    SEASON_BEGUN_RE,
    SEASON_DECIDED_AHEAD_RE,
    SEASON_DETAIL_BEFORE_RE,
    SEASON_DETAIL_INSIDE_RE,
    SEASON_IN_OTHER_WORDS_RE,
    SEASON_NOUN_AT_NAME,
    SEASON_OF_GAP_RE,
    SEASON_ON_AIR_RE,
    SEASON_ON_ITS_WAY_RE,
    SEASON_PASSIVE_PAST_RE,
    SEASON_REACHED_RE,
    SEASON_REFERENCE_RE,
    SEASON_REFUSED_RE,
    SEASON_RUN_AFTER_RE,
    SEASON_RUN_BEFORE_RE,
    SEASON_SUBJECT_AFTER_RE,
    SEASON_SUBJECT_BEFORE_RE,
    SEASON_TO_COME_RE,
    SERIES_ORDER_PHRASE_RE,
    SERIES_ORDER_RE,
    SERIES_ORDER_UNDONE_RE,
    SET_FOR_BEFORE_RE,
    SHELVED_PART_RE,
    SHOOT_ASIDE_RE,
    SHOOT_END_BEFORE_RE,
    SHOOT_IN_PROGRESS_RE,
    SHOOT_OF_FILM_RE,
    SHOOT_SPAN_RE,
    SHOW_PART_EVENTS,
    SHOW_REFERENCE_RE,
    SHOW_THING_HEADS,
    SPEAKER_AFTER_QUOTE_RE,
    SPEAKER_BEFORE_QUOTE_RE,
    SPECULATIVE_RE,
    SPEECH_VERB_RE,
    SPINOFF_AFTER_RE,
    SPLIT_PART_AFTER_RE,
    START_POST_OPENING_RE,
    START_WITH_TIME_RE,
    STATUS_LINE_START_RE,
    STAYS_FOR_SEASON_RE,
    SUBJECT_LEAD_WORD,
    TELLING_OPEN_RE,
    THE_SEASON_RE,
    TITLE_NO_RE,
    TODAY_RE,
    TOPIC_AFTER_RE,
    TOPIC_BEFORE_RE,
    TOPIC_IN_RE,
    TOTAL_OF_RE,
    TRACKER_TITLE_RE,
    TRAILER_RE,
    TRAILER_TELLS_PREMIERE_RE,
    TRIGGER_EXCLUDE,
    UK_SERIES_PREMIERE,
    UNREAL_PAST_RE,
    UNTIL_RE,
    URGED_TO_RE,
    WHICH_START_RE,
    WHILE_BEFORE_RE,
    WHOLE_SEASON_DROP_RE,
    WISH_FOR_RE,
    WRAP_POST_AFTER_RE,
    WRAP_POST_BEFORE_RE,
    WRAP_POST_OPENING_RE,
    Caseless,
    from_crew,
    named_as_credit,
    ordinal_alternation,
    ordinal_number,
    passing_cue,
    season_noun_after,
    season_noun_at,
    split_sentences,
)
from .showwords import (
    APPOSED_KINDS,
    CANCEL_FORMS,
    COUNTED_HEAD_RE,
    DESCRIBED_KINDS,
    GENRE_ALT,
    INTRODUCED_RE,
    NEW_KIND_ALT,
    PICKED_UP,
    PLURAL_OBJECT_RE,
    POSSESSIVE,
    PREMIERE_WORDS,
    RENEW_FORMS,
    SHOW_NOUN_ALT,
    SHOW_NOUN_ALT_NO_SERIES,
    common_show_nouns,
    described_object_opening,
    genre_kin,
    kind_alt,
    longest_first,
    owner_possessive,
    refers_ahead,
    slate_count,
    slate_first_count,
    summary_item_note,
)
from .titles import cue_patterns, ends_with_person, vocabulary, work_cued

ALL_KINDS = ("renewed", "filming_started", "filming_wrapped", "premiere", "cancelled",
             "episode_count")
#: The kinds a trigger phrase makes (an episode count comes from its own phrase).
TRIGGER_KINDS = ALL_KINDS[:5]
DECISIONS = ("renewed", "cancelled")
#: The kinds of an event with a date of its own (as ``eventdates.EVENT_KINDS``).
EVENTS = ("premiere", "filming_started", "filming_wrapped")

#: A rule's condition: falsy when it does not apply, else a value for its action.
Condition = Callable[[Candidate], Any]
#: A rule's action: the refined candidate, or None to drop it.
Action = Callable[[Candidate, Any], "Candidate | None"]


def _never(candidate: Candidate) -> Any:
    return None


def _keep(candidate: Candidate, found: Any) -> Candidate:
    return candidate


def _clause_start_past_aside(c: Candidate) -> int:
    """Where the trigger's clause starts, or, when that clause opens a bracket ("Dramas That
    Seem 'Doomed' (or Cancelled)") or a quoted name in apposition ("Its companion podcast,
    “Lanterns Out,” premieres"), where the clause before it starts (round 21)."""
    start = c.clause[0]
    if not any(char in "(\"“‘'" for char in c.text[max(0, start - 1):start + 2]):
        return start
    return max((s for s, _ in c.view.clauses if s < start), default=start)


def _drop(candidate: Candidate, found: Any) -> None:
    return None


@dataclass(frozen=True)
class Rule:
    """A named decision of the extractor."""

    name: str
    kinds: tuple[str, ...]
    #: What the rule does, in words.
    does: str
    example: str
    #: The engine stage that runs it; None when the decision is made elsewhere (titles.py).
    stage: str | None = None
    condition: Condition = _never
    action: Action = _keep
    #: Literal lower-case strings one of which the sentence (``SentenceView.lowered``) must
    #: hold for the condition to be able to hold: the engine skips the condition without one
    #: (a cheap pre-test for a rule met by every candidate that seldom applies; round 39).
    #: Empty: no pre-test.
    needs: tuple[str, ...] = ()


def _rule(name: str, kinds: tuple[str, ...] | str, does: str, example: str) -> Rule:
    """A rule applied by code outside the engine (title validation, tracker lines, dedupe)."""
    return Rule(name, (kinds,) if isinstance(kinds, str) else kinds, does, example)


def _step(stage: str, name: str, kinds: tuple[str, ...] | str, does: str, example: str,
          condition: Condition, action: Action = _keep, needs: tuple[str, ...] = ()) -> Rule:
    """A rule the engine runs in ``stage`` (``needs``: ``Rule.needs``)."""
    return Rule(name, (kinds,) if isinstance(kinds, str) else kinds, does, example, stage,
                condition, action, needs)


# --- helpers the conditions share ------------------------------------------------------------


def _clause_text(c: Candidate) -> str:
    return c.text[c.clause[0]:c.clause[1]]


def _trigger_text(c: Candidate) -> str:
    return c.text[c.trigger.start:c.trigger.end]


def _trigger_reads(pattern: re.Pattern[str], anywhere: bool = False
                   ) -> Callable[[Candidate], re.Match[str] | None]:
    """The condition of a record naming how the vocabulary's trigger was read (``trigger.*``):
    ``pattern`` matches the trigger's own words from their start (``anywhere``: somewhere in
    them). Round 26: a dozen records spelt it as a lambda of their own."""
    read = pattern.search if anywhere else pattern.match
    return lambda c: read(_trigger_text(c))


def _trigger_spanned(pattern: re.Pattern[str]) -> Callable[[Candidate], bool]:
    """A condition: ``pattern``, matched at the trigger's start in its sentence (so that it may
    look past the trigger), ends where the trigger ends. Round 26: seven functions spelt it."""
    def spans(c: Candidate) -> bool:
        found = pattern.match(c.text, c.trigger.start)
        return found is not None and found.end() == c.trigger.end
    return spans


#: The trigger is ``STAYS_FOR_SEASON_RE``'s verb (its place and season are read past it).
_stays_for_season = _trigger_spanned(STAYS_FOR_SEASON_RE)


def _document_quote(c: Candidate) -> bool:
    """The trigger stands in a quotation attributed to a document ('"...," the press release
    read'; 'with the statement: "..."'), not to a person, and no one speaks in it."""
    for start, end in c.view.speech:
        # "we" or "you" in it: someone speaks through the statement ("We hope to ...")
        if start < c.trigger.start < end and not QUOTED_PERSON_RE.search(c.text[start:end]) and (
                DOCUMENT_QUOTE_AFTER_RE.match(c.text[end:end + 60])
                or DOCUMENT_QUOTE_BEFORE_RE.search(c.text[max(0, start - 60):start])):
            return True
    return False


def _speaker_of_sentence_before(c: Candidate) -> re.Match[str] | None:
    """Who speaks a quotation opening the sentence, told by the sentence before: its closing
    quotation's speaker ('"...," said Mara Quell, president of Kestrel. "We have ...') or a
    speaker introducing it ('Mara Quell said in a statement: "We have ...')."""
    before = c.ctx.previous_sentence.rstrip()
    if before.endswith(":"):
        return SPEAKER_BEFORE_QUOTE_RE.search(before, max(0, len(before) - 200))
    closing = max(before.rfind("\u201d"), before.rfind('"'))
    return SPEAKER_AFTER_QUOTE_RE.match(before, closing + 1) if closing > 0 else None


def _wrap_post(c: Candidate) -> bool:
    """A wrap inside a quotation that opens with the crew's exclamation ("That's a wrap on
    season 2!") and is told as posted, written or shared (``WRAP_POST_OPENING_RE``): the
    cast's or crew's own announcement of the shoot (round 35, r35shoots)."""
    if c.kind != "filming_wrapped":
        return False
    for start, end in c.view.speech:
        if start < c.trigger.start < end:
            opening = WRAP_POST_OPENING_RE.match(c.text, start)
            # a quotation closing the sentence on "!" (its attribution split off as the next
            # sentence: '"That's a wrap!" Orla Brenn posted.') is the exclamation alone
            return opening is not None and opening.end() >= c.trigger.end and bool(
                WRAP_POST_AFTER_RE.match(c.text, end)
                or WRAP_POST_BEFORE_RE.search(c.text, max(0, start - 80), start)
                or (start <= 1 and c.text.rstrip("\"”’' ").endswith("!")
                    and end >= len(c.text.rstrip()) - 1))
    return False


def _start_post(c: Candidate) -> bool:
    """A shoot's start inside a quotation that opens with the cast's or crew's own words of it
    ("First day of filming on X season 2!", "Back on set for series 4", "We're officially
    back filming") and is told as posted, written, shared or captioned — not by a fan, a
    reader or a reporter, and not wished or waited for ("can't wait", "hopefully", "soon", a
    question): the show's people announcing their shoot (round 37, r37quotes)."""
    if c.kind != "filming_started":
        return False
    for start, end in c.view.speech:
        if not start < c.trigger.start < end:
            continue
        opening = START_POST_OPENING_RE.match(c.text, start)
        if opening is None or opening.end() < c.trigger.start:
            return False
        after = WRAP_POST_AFTER_RE.match(c.text, end)
        before = WRAP_POST_BEFORE_RE.search(c.text, max(0, start - 80), start)
        # a quotation that is the whole sentence, closing on "!": its post told by the next
        # sentence's opening ('"First day of filming on season 2!" Orla Brenn posted.')
        alone = (start <= 1 and end >= len(c.text.rstrip()) - 1
                 and c.text.rstrip("\"”’' ").endswith("!"))
        following = (WRAP_POST_AFTER_RE.match(" " + c.ctx.next_sentence[:200])
                     if alone and after is None and before is None else None)
        # the teller: the words between the quotation and the post verb, or the sentence's
        # words before the quotation
        if after is not None:
            teller = c.text[end:after.end()]
        elif before is not None:
            teller = c.text[max(c.clause[0], start - 160):start]
        elif following is not None:
            teller = following.group()
        else:
            return False
        return (POST_NOT_OWN_RE.search(teller) is None
                and POST_WISH_RE.search(c.text, start, end) is None)
    return False


def _own_side_decision(c: Candidate) -> bool:
    """A renewal or a cancellation inside a quotation spoken for the network or the show (its
    head, a spokesperson, a statement, the showrunner or creator, named in the sentence) and
    told as done, not wished, feared or supposed: the decision's own telling, not someone's
    opinion of it (round 23). Critics, fans, sources and the cast are never its tellers."""
    if c.kind not in ("renewed", "cancelled") or DECISION_NOUN_TRIGGER_RE.match(_trigger_text(c)):
        return False
    for start, end in c.view.speech:
        if not start < c.trigger.start < end:
            continue
        found = (SPEAKER_AFTER_QUOTE_RE.match(c.text, end)
                 or SPEAKER_BEFORE_QUOTE_RE.search(c.text, max(0, start - 160), start)
                 or (_speaker_of_sentence_before(c) if start <= 1 else None))
        if found is None:
            return False
        who = found.group("who")
        if not OWN_SIDE_SPEAKER_RE.search(who) or OTHER_SIDE_SPEAKER_RE.search(who):
            return False
        told = c.text[max(start, c.clause[0]):min(end, c.clause[1])]
        return QUOTED_DECISION_MOOD_RE.search(told) is None
    return False


def _speaker_words(who: str) -> str:
    """The words naming a quotation's speaker, without whom it was told to ("star Tobin Reyes
    told fans" is the star's; "said a fan" the fan's)."""
    verb = SPEECH_VERB_RE.search(who)
    if verb is None:
        return who
    return who[verb.end():] if not who[:verb.start()].strip() else who[:verb.start()]


def _first_person_decision(c: Candidate) -> bool:
    """A renewal or a cancellation inside a quotation whose subject or object is the speakers'
    own show in the first person ("we won't be back", "our show won't be coming back", "they
    cancelled us"), spoken by someone who is no critic, fan or source and told as done, not
    wished or supposed: the show's own people telling its fate (round 25). Its "we" and "our
    show" name no show, so the fact goes to the show the narration speaks of."""
    if c.kind not in ("renewed", "cancelled") or DECISION_NOUN_TRIGGER_RE.match(_trigger_text(c)):
        return False
    for start, end in c.view.speech:
        if not start < c.trigger.start < end:
            continue
        lead = c.text[max(start, c.clause[0]):c.trigger.start]
        if not (FIRST_PERSON_SUBJECT_RE.search(lead)
                or FIRST_PERSON_OBJECT_RE.match(c.text, c.trigger.end)):
            return False
        found = (SPEAKER_AFTER_QUOTE_RE.match(c.text, end)
                 or SPEAKER_BEFORE_QUOTE_RE.search(c.text, max(0, start - 160), start)
                 or (_speaker_of_sentence_before(c) if start <= 1 else None))
        if found is None:
            return False
        # "we" of a band, a podcast, a label the quotation or its attribution names
        if OTHER_WE_THING_RE.search(c.text, start, end) or OTHER_WE_THING_RE.search(
                found.group(0)):
            return False
        who = _speaker_words(found.group("who"))
        # critics, fans, sources and the cast remember or judge (round 23's controls), and a
        # bare "she said" may be any of them
        if OTHER_SIDE_SPEAKER_RE.search(who) or PRONOUN_SPEAKER_RE.fullmatch(who.strip()):
            return False
        told = c.text[max(start, c.clause[0]):min(end, c.clause[1])]
        return QUOTED_DECISION_MOOD_RE.search(told) is None
    return False


def _other_show_ended(c: Candidate) -> bool:
    """The decision's subject or object is a show the article does not name and that is not its
    own: someone's earlier one, one of a person named before it, "another" one ("Tobin Reyes,
    whose comedy was axed in 2021, joins the cast", "Tovrel cancelled my last show"). It is
    that show's end, told in passing: no fact for the main show or for the person beside it."""
    if c.kind != "cancelled":
        return False
    start = max(c.clause[0], c.trigger.start - 90)
    found = OTHER_SHOW_ENDED_BEFORE_RE.search(c.text, start, c.trigger.start)
    if found:
        span = (found.start(), c.trigger.start)
        # "Viewers miss "Salt Road", a thriller which was axed": the named show's apposition
        # or its description after a copula: '"Copper Vale" is a drama that Kestrel cancelled'
        if any(m.end <= found.start() and (
                APPOSITION_GAP_RE.fullmatch(c.text, m.end, found.start())
                or COPULA_GAP_RE.fullmatch(c.text, m.end, found.start()))
               for m in c.view.mentions):
            return False
    else:
        found = OTHER_SHOW_ENDED_AFTER_RE.match(c.text, c.trigger.end)
        if not found:
            return False
        # '"Copper Vale" is over: Kestrel has cancelled another drama of hers': the named
        # show, the subject of a copula before, is that other one's like, no decision between
        if found.group(0).lstrip().lower().startswith(("another", "an other")) and any(
                m.end <= c.trigger.start and COPULA_GAP_RE.match(c.text, m.end)
                and not any(t.kind != "cancelled" and m.end <= t.start < c.trigger.start
                            for t in c.view.triggers)
                for m in c.view.mentions):
            return False
        span = (found.start(), found.end() + 40)  # "another comedy of theirs, Salt Road,"
    # the show named there after all (not its owner, "Dana Holt's", nor the subject of a
    # relative, "another drama Kestrel cancelled"): its own fact
    text, trig = c.text, c.trigger
    return not any(
        span[0] <= m.start < span[1] and not OWNER_POSSESSIVE_AT_RE.match(text, m.end)
        and not (m.end <= trig.start and not text[m.end:trig.start].strip()
                 and not PASSIVE_AUX_START_RE.match(text, trig.start))
        for m in c.view.mentions)


def _due_other_subject(c: Candidate) -> bool:
    """An arrival's "is due" whose subject, in the clause before it, is something else due (a
    decision, a verdict, a trailer), not the season."""
    return (DUE_TRIGGER_RE.match(_trigger_text(c)) is not None
            and DUE_OTHER_SUBJECT_RE.search(c.text[c.clause[0]:c.trigger.start]) is not None)


_schedule_placement = _trigger_spanned(SCHEDULE_PLACEMENT_RE)


_arrival_with_time = _trigger_spanned(ARRIVAL_WITH_TIME_RE)


_arrival_any_time = _trigger_spanned(ARRIVAL_ANY_TIME_RE)


_arrival_article_day = _trigger_spanned(ARRIVAL_ARTICLE_DAY_RE)


_back_on_place_with_time = _trigger_spanned(BACK_ON_PLACE_WITH_TIME_RE)


_run_begun = _trigger_spanned(RUN_BEGUN_RE)


_start_with_time = _trigger_spanned(START_WITH_TIME_RE)


_season_begun = _trigger_spanned(SEASON_BEGUN_RE)


def _begun_other_subject(c: Candidate) -> bool:
    """A run begun ("began in 2011") whose subject is not the show: the clause before the verb
    neither opens on a reference to a show ("The series", "The Kestrel comedy about three
    sisters", "It", "which") nor ends on a show's name ("Glass Harbor began in 2011"), so it
    is someone's career, a feud, a strike that began then."""
    if not (_run_begun(c) or _start_with_time(c)):
        return False
    before = c.text[c.clause[0]:c.trigger.start]
    if RUN_BEGUN_SUBJECT_RE.match(before):
        return False
    named = [m for m in c.view.mentions if c.clause[0] <= m.start and m.end <= c.trigger.start]
    return not (named and RUN_BEGUN_AFTER_NAME_RE.match(c.text, named[-1].end,
                                                        c.trigger.start))


def _arrival_other_subject(c: Candidate) -> bool:
    """An arrival verb ("drops", "lands", "goes live", "is out") whose subject, in the clause
    before it, is something else that arrives (a site, a vote, ratings, a book, a star), not
    the season."""
    trigger = _trigger_text(c)
    if ARRIVAL_VERB_TRIGGER_RE.match(trigger) is None and not _arrival_any_time(c):
        return False
    before = c.text[c.clause[0]:c.trigger.start]
    start = max((m.end() for m in ARRIVAL_SUBJECT_START_RE.finditer(before)), default=0)
    return ARRIVAL_OTHER_SUBJECT_RE.search(before[start:]) is not None


def _shelved_part(c: Candidate) -> bool:
    """A cancellation verb whose subject, right before it and its auxiliaries, is part of a
    season's making (its scripts, episodes, storylines, plans), not the show: "The remaining
    scripts will be shelved" after an order was cut."""
    return SHELVED_PART_RE.search(c.text, c.clause[0], c.trigger.start) is not None


def _moved_shoot(c: Candidate) -> bool:
    """A date moved ("pushed back to", "delayed until") where the clause opens on a shoot
    ("Filming on the second series of X ...") and names no airing before the verb: the shoot's
    day moved, not the premiere's."""
    return (MOVED_DATE_TRIGGER_RE.match(_trigger_text(c)) is not None
            and MOVED_SHOOT_BEFORE_RE.match(c.text[c.clause[0]:c.trigger.start]) is not None)


#: Right before a shoot's moved date, words of its end: the wrap moved, not the start.
MOVED_SHOOT_END_RE = re.compile(r"(?i)\b(?:wrap\w*|end\w*|finish\w*|complet\w*)\b")


def _moved_shoot_start(c: Candidate) -> bool:
    """``kind.moved_shoot_is_start``: a date moved in a clause that opens on a shoot
    ("Production on X has been pushed to April", "Filming of X was delayed until June") with
    no word of its end: the shoot's start moved (round 39; round 36 dropped it as no
    premiere)."""
    return _moved_shoot(c) and MOVED_SHOOT_END_RE.search(c.text, c.clause[0],
                                                          c.trigger.start) is None


def _as_shoot_start(c: Candidate, found: Any) -> Candidate:
    return replace(c, kind="filming_started")


#: Between a move's verb and the new date: "to", "until", after the old date's "from …"
#: or a span's comma ("moves up a week, to May 4").
MOVED_TO_BEFORE_RE = re.compile(r"(?i)\b(?:to|until|till)\s{1,3}$")
#: The end of a span read as one phrase ("from March to June"): the new date of a move.
MOVED_SPAN_END_RE = re.compile(r"(?i)^from\s.+?\s(?:to|until|till)\s+(\S.*)$")
#: A date a move denies ("not to May but to June"): none of the move's (round 40).
MOVED_DENIED_BEFORE_RE = re.compile(r"(?i)\bnot\s{1,3}(?:to|until|till)\s{1,3}$")
#: A move's date denied anywhere after its verb (its contrast reads past the clause).
MOVED_DENIED_RE = re.compile(r"(?i)\bnot\s{1,3}(?:to|until|till)\s")
#: A bare month's mention that holds its move's "to" ("to June", the dates' ``m_moved``).
MOVED_TO_HEAD_RE = re.compile(r"(?i)(?:to|until|till)\s+")
#: How far a move's verb may stand before the trigger it moves ("pushed back the debut").
MOVED_VERB_REACH = 20


def _moved_from_to(c: Candidate) -> datemod.DateMention | None:
    """``date.moved_from_to``: the new date of a move whose verb is the trigger or stands
    right before it ("has pushed X from March to June", "moved the premiere of X to May 4",
    "X moves up a week, to May 4"): the date after its "to", not the old one after "from",
    read ahead (round 39)."""
    if c.kind not in EVENTS:
        return None
    move = MOVED_DATE_TRIGGER_RE.search(c.text, max(c.clause[0], c.trigger.start -
                                                    MOVED_VERB_REACH), c.trigger.end)
    if move is None:
        return None
    # a date the move denies reads on past its clause ("pushed X not to May but to June")
    limit = len(c.text) if MOVED_DENIED_RE.search(c.text, move.end()) else c.clause[1]
    for mention in sorted(c.view.dates, key=lambda d: d.start):
        if mention.start < max(move.end(), c.trigger.end) or mention.start >= limit:
            continue
        tail = MOVED_SPAN_END_RE.search(mention.text)
        span = next((end for start, end in c.view.intervals if start.start == mention.start),
                    None)
        if span is not None and tail is not None:
            # "from March to June" read as one phrase: the move's new date ends it
            return datemod.DateMention(mention.start + tail.start(1), mention.end,
                                       tail.group(1), span.value, span.relative)
        gap = _without_titles(c)[move.end():mention.start]
        # a bare month a move gives holds its "to" ("pushed X to June", round 40)
        head = MOVED_TO_HEAD_RE.match(mention.text)
        before = gap + head.group(0) if head else gap
        if len(gap) > 80 or re.search(r"[.;:]", gap) or not MOVED_TO_BEFORE_RE.search(before):
            continue
        if not MOVED_DENIED_BEFORE_RE.search(before):
            # (the date a move denies is none of it; the one its "but" gives is, round 40)
            return mention
    return None


_SCHEDULE_SEASON_RE = re.compile(
    r"(?i)((?:this|next|the) )?(fall|autumn|spring|summer|winter)(?: tv| television| broadcast|"
    r" primetime| prime-time)? (?:line-?up|schedule|slate)\b")


def _schedule_season(c: Candidate) -> datemod.DateMention | None:
    """The season of the year a schedule placement names right after its trigger."""
    if not _schedule_placement(c):
        return None
    found = _SCHEDULE_SEASON_RE.match(c.text, c.trigger.end)
    if found is None:
        return None
    code = datemod.SEASON_CODES[found.group(2).lower()]
    published = c.ctx.article.published
    over = {"SP": 5, "SU": 8, "FA": 11, "WI": 12}[code] < published.month
    year = published.year + ((found.group(1) or "").lower().startswith("next") or over)
    return datemod.DateMention(found.start(), found.end(), found.group(0),
                               f"{year}-{code}", True)


def _owned(c: Candidate) -> datemod.DateMention | None:
    return c.view.owned.get(c.index) if c.index is not None else None


def _airing_called_off(c: Candidate) -> bool:
    """The cancellation's object or subject is one broadcast (``AIRING_OBJECT_RE``,
    ``AIRING_SUBJECT_RE``), or its time follows the verb ("cancelled tonight")."""
    before = c.text[max(c.clause[0], c.trigger.start - 120):c.trigger.start]
    return bool(AIRING_OBJECT_RE.match(c.text[c.trigger.end:c.trigger.end + 60])
                or AIRING_SUBJECT_RE.search(before) or AIRING_TITLE_SUBJECT_RE.search(before))


def _cancelled_as_description(c: Candidate) -> bool:
    """The cancellation is a participle describing the name after it inside a noun phrase
    (``CANCELLED_AS_DESCRIPTION_BEFORE_RE`` / ``_AFTER_RE``): "the cancelled drama X"."""
    word = _trigger_text(c).lower()
    if word not in _DESCRIBING_PARTICIPLES or not (
            CANCELLED_AS_DESCRIPTION_BEFORE_RE.search(c.text, max(0, c.trigger.start - 50),
                                                      c.trigger.start)
            and CANCELLED_AS_DESCRIPTION_AFTER_RE.match(c.text, c.trigger.end)):
        return False
    # The article's own show described so ("fans of the recently cancelled X", X the
    # article's subject) is its news: only another show's description is background.
    described = next((m for m in c.view.mentions
                      if c.trigger.end <= m.start <= c.trigger.end + 60), None)
    return described is None or c.ctx.main_show is None or described.show != c.ctx.main_show


#: The cancellation words that describe a show as an adjective ("the axed drama X").
_DESCRIBING_PARTICIPLES = frozenset(
    {"cancelled", "canceled", "axed", "scrapped", "canned", "shelved"})


@functools.lru_cache(maxsize=1)
def _attached_thing_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A person, a work or an event (the vetoes' ``person_roles``, ``other_works`` and
    ``event_words``) with a name attached by a preposition, as a decision's passive subject
    ("The creator of X was cancelled", "the podcast about X has been renewed") and as its
    object ("cancelled the film adaptation of X")."""
    nouns = {*cue_patterns().works, *vocabulary().events, *vocabulary().person_roles,
             *_ATTACHING_NOUNS}
    alt = "|".join(re.escape(n) for n in longest_first(nouns))
    prep = r"(?:of|about|behind|for|from|with|at|on|in|based\s{1,3}on|starring|featuring)"
    subject = re.compile(
        rf"(?i)(?:^|\b(?:the|its|their|his|her|a|an|this|that)\s{{1,3}})(?:{NOUN_FILLER}){{0,2}}?"
        rf"(?:{alt})s?\s{{1,3}}{prep}\s{{1,3}}[^.;:!?,]{{1,60}}?\s{{1,3}}"
        rf"(?:{PASSIVE_AUX}|is\s{{1,3}}being)\s{{1,3}}(?:[a-z]+\s{{1,3}})?$")
    obj = re.compile(
        rf"(?i)^\s{{1,3}}(?:(?:the|its|their|his|her|a|an|this|that|all)\s{{1,3}})?"
        rf"(?:{NOUN_FILLER}){{0,2}}?(?:{alt})s?\s{{1,3}}{prep}\b")
    return subject, obj


def _thing_decided(c: Candidate) -> bool:
    """The decision's passive subject or its object is a person, a work or an event a name is
    attached to (``_attached_thing_res``): "the creator of X was cancelled"."""
    subject, obj = _attached_thing_res()
    return bool(obj.match(c.text[c.trigger.end:c.trigger.end + 80])
                or subject.search(c.text[max(c.clause[0], c.trigger.start - 120):
                                         c.trigger.start]))


#: Besides the vetoes' lists: a company, a show's makers, a documentary, a campaign.
_ATTACHING_NOUNS = ("company", "makers", "documentary", "campaign")


@functools.lru_cache(maxsize=1)
def _show_thing_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun phrase whose head is a thing (a work, an event, promotional material: the
    vetoes' ``other_works`` and ``event_words`` but a run's own parts, and
    ``SHOW_THING_HEADS``) right after a trigger, as its object ("cancelled the Glass Harbor
    premiere party"), and right before it, as its subject ("The Glass Harbor cast photos were
    released"): the name inside it only qualifies the thing (round 21)."""
    nouns = {*cue_patterns().works, *vocabulary().events, *SHOW_THING_HEADS} - SHOW_PART_EVENTS
    alt = "|".join(re.escape(n) for n in longest_first(nouns))
    obj = re.compile(
        rf"(?i)\s{{1,3}}(?P<det>(?:the|a|an|its|their|this|that|new|first|official|latest)"
        rf"\s{{1,3}})?"
        rf"(?P<np>(?:(?!{_NOT_IN_PHRASE}\b)[\w'’&:.!-]{{1,25}}\s{{1,3}}){{0,5}}?)"
        # the head ends the phrase: "its game show", "the podcast series" are shows
        rf"(?:{alt})\b(?!\s{{1,3}}(?:{SHOW_NOUN_ALT})s?\b)")
    subject = re.compile(
        rf"(?i)\b(?:{alt})\s{{1,3}}(?:(?:was|were|is|are|has\s{{1,3}}been|have\s{{1,3}}been|"
        rf"had\s{{1,3}}been|will\s{{1,3}}be|got|gets)\s{{1,3}})?(?:officially\s{{1,3}}|also\s{{1,3}}"
        rf"|just\s{{1,3}})?$")
    return obj, subject


#: A name's possessive inside a noun phrase ("Glass Harbor's premiere party").
_POSSESSIVE_RE = re.compile(r"\w['’]s?\s")
#: A trigger phrase ending on a preposition: what follows is no object of its verb.
_PREPOSITION_END_RE = re.compile(r"(?i)\b(?:with|for|as|in|on|to|at|by)$")
#: Words no noun phrase of a thing holds between its article and its head: they join,
#: govern or open a clause.
_NOT_IN_PHRASE = (r"(?:and|or|but|with|for|to|on|in|at|as|after|before|by|from|was|were|is|are|"
                  r"has|have|will|which|who|that)")
#: Between a name and the thing it qualifies: a possessive, then a few words of the phrase
#: ("'s season 2 cast"), none that joins or governs.
_QUALIFIER_GAP_RE = re.compile(
    rf"(?i)^(?:['’]s?)?(?:\s{{1,3}}(?!{_NOT_IN_PHRASE}\b)[\w'’-]{{1,20}}){{0,4}}\s{{1,3}}$")


def _show_named_as_modifier(c: Candidate) -> bool:
    """The trigger's object or subject is a thing a show's name qualifies
    (``_show_thing_res``): "cancelled the Glass Harbor premiere party", "The Glass Harbor
    cast photos were released", "began filming a Glass Harbor promo"."""
    obj, subject = _show_thing_res()
    trig, text = c.trigger, c.text
    # "returns with a two-night event", "premieres as a special event": the thing is how
    # the show comes, so only a transitive word's object counts
    if not _PREPOSITION_END_RE.search(_trigger_text(c)) and not RETURN_FAMILY_RE.search(
            _trigger_text(c)):
        found = obj.match(text, trig.end, min(len(text), trig.end + 160))
        # an article, or a name's possessive ("cancelled Glass Harbor's premiere party")
        if found and (found.group("det") or _POSSESSIVE_RE.search(found.group("np"))):
            return True
    found = subject.search(text, max(c.clause[0], trig.start - 60), trig.start)
    if found:
        return any(m.end <= found.start() and _QUALIFIER_GAP_RE.match(text[m.end:found.start()])
                   for m in c.view.mentions)
    return False


#: A one-off event of a show, called off without the show ending (round 37, r37false): its
#: premiere as an event ("the red-carpet premiere", "the Glass Harbor premiere", "its London
#: premiere"), a press day, junket or tour, a photocall, a fan event.
_SHOW_EVENT_HEAD = (r"(?i:premiere|press\s{1,3}(?:days?|junkets?|tours?|conferences?|launch(?:es)?|"
                    r"nights?)|junkets?|photocalls?|fan\s{1,3}(?:events?|days?))")
#: It as the cancellation's subject, right before the trigger and its auxiliaries, with what
#: it is of ("The world premiere of Glass Harbor at the festival has been cancelled").
_SHOW_EVENT_SUBJECT_RE = re.compile(
    rf"\b{_SHOW_EVENT_HEAD}(?:\s{{1,3}}(?i:of|for)\s{{1,3}}[^.;,]{{1,40}}?)?"
    rf"(?:\s{{1,3}}(?i:was|were|is|are|has|have|had|been|be|will|got|gets|also|now|"
    rf"officially|just|reportedly|abruptly|hastily)){{0,4}}\s{{1,3}}$")
#: It as the cancellation's object: only determiners, names and possessives before its head
#: ("scrapped the Glass Harbor press day", "cancelled its London premiere"; not "cancelled
#: Glass Harbor before its premiere").
_SHOW_EVENT_OBJECT_RE = re.compile(
    rf"\s{{1,3}}(?:(?:(?i:the|its|their|this|that|next|tonight['\u2019]s|[a-z]{{2,12}}['\u2019]s)"
    rf"|[A-Z][\w'\u2019.&-]{{0,25}})\s{{1,3}}){{0,5}}?{_SHOW_EVENT_HEAD}\b")


def _show_event_called_off(c: Candidate) -> bool:
    """The cancellation's subject or object is one of the show's events, its premiere as an
    event or a press day (``_SHOW_EVENT_HEAD``): "The red-carpet premiere of Glass Harbor was
    cancelled", "Kestrel scrapped the Glass Harbor press day" — the event is off, the show is
    not (round 37, r37false)."""
    trig, text = c.trigger, c.text
    return bool(_SHOW_EVENT_OBJECT_RE.match(text, trig.end, min(len(text), trig.end + 120))
                or _SHOW_EVENT_SUBJECT_RE.search(text, max(c.clause[0], trig.start - 120),
                                                 trig.start))


def _dealing_decided(c: Candidate) -> bool:
    """The decision's object or subject is a dealing (``DEALING_NOUNS``): "cancelled its bid
    for X", "the merger with X was called off", "renewed their deal with X"."""
    return bool(DEALING_OBJECT_RE.match(c.text[c.trigger.end:c.trigger.end + 80])
                or DEALING_SUBJECT_RE.search(
                    c.text[max(c.clause[0], c.trigger.start - 120):c.trigger.start]))


def _filming_goes_on(c: Candidate) -> bool:
    """The article says the wrap's shoot goes on ("more filming planned for the season
    elsewhere"): not a later season's, nor (round 21) a season the wrap's sentence does not
    name ("more filming is planned for the third season"), another show's ("Salt Road still
    has scenes left to shoot") or a shoot told as over ("no more filming left")."""
    text = c.view.ctx.article.text
    own = {n for _, _, numbers, _ in c.view.all_seasons for n in numbers}
    shows = {m.show for m in c.view.mentions} or {c.view.ctx.main_show or UNFOUND_SHOW}
    for m in FILMING_GOES_ON_RE.finditer(text):
        later = LATER_SEASON_RE.search(text[m.start():m.end() + 40])
        # "the next season" is always a later one; "season 3" only against the wrap's own
        if GOES_ON_NEGATED_RE.search(text[max(0, m.start() - 20):m.start()]) or (
                later and not (own and later.group(0).lower().startswith("season"))) or (
                own and _season_numbers(text[max(0, m.start() - 40):m.end() + 40]) - own):
            continue
        if not _names_another_show(_sentence_around(text, m.start(), m.end()), shows, c):
            return True
    return False


def _season_numbers(text: str) -> set[int]:
    """The season numbers a stretch of text names ("the third season", "series 3")."""
    out = set()
    for m in GOES_ON_SEASON_RE.finditer(text):
        word = m.group("n") or ""
        number = (int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())) \
            if word else ordinal_number(m.group("ord"))
        if number:
            out.add(number)
    return out


#: Words right after a past order that tell it as a step of the show's story ("a second
#: season was announced soon after", "was ordered a year later", "was then commissioned").
_STORY_STEP_AFTER_RE = re.compile(
    r"(?i),?\s{0,2}(?:(?:soon|shortly|not long|weeks|months|days|years|a (?:week|month|year)) "
    r"(?:after(?:wards?)?|later)|afterwards?|later|eventually|at the time|back then|then)\b")


def _season_order_told_alone(c: Candidate) -> bool:
    """``drop.background_season_order``'s exception (round 37): the trigger's own season is
    numbered, no season is told before it in the sentence, no later season is named anywhere
    in the article, and no step of a story follows ("soon after", "later"): "Series two of X
    was commissioned by Ann Lee" is the news of the article it opens, not the show's past."""
    start, end = c.trigger.start, c.trigger.end
    own = [max(numbers) for first, last, numbers, _ in c.view.all_seasons
           if numbers and start <= first and last <= end]
    if not own:
        return False
    if any(numbers and last <= start for _, last, numbers, _ in c.view.all_seasons):
        return False
    named = [n for seasons in c.ctx.show_seasons.values() for n in seasons]
    named += [*c.ctx.named_seasons.values(), *c.ctx.referred_seasons.values()]
    if any(n > own[0] for n in named):
        return False
    return not _STORY_STEP_AFTER_RE.match(c.text, end)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentences of ``text`` that hold ``start``..``end``, as the extractor splits its
    lines (``split_sentences``: "Dr." or "Oct." ends no sentence), not cut at each stop."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    first, last, at = right, left, left
    for line in text[left:right].split("\n"):
        cursor = 0
        for sentence in split_sentences(line):
            # each sentence is its line's next stretch with the spaces around it stripped
            cursor = line.index(sentence, cursor)
            if at + cursor < end and at + cursor + len(sentence) > start:
                first, last = min(first, at + cursor), at + cursor + len(sentence)
            cursor += len(sentence)
        at += len(line) + 1
    return text[first:last]


def _names_another_show(sentence: str, own: set[str], c: Candidate) -> bool:
    """Does ``sentence`` name a show of the article other than ``own``, and none of
    ``own``?"""
    def named(show: str) -> bool:
        return bool(show) and re.search(rf"(?<!\w){re.escape(show)}(?!\w)", sentence) is not None
    return not any(named(s) for s in own) and any(
        named(s) for s in c.view.ctx.show_seasons if s not in own)


def _before_without_names(c: Candidate, width: int) -> str:
    """The last ``width`` characters of the trigger's clause before it, the shows it names
    cut out: "the first trailer for <a long title> season 2 debuted" reads as a short one."""
    start = c.clause[0]
    parts = []
    for mention in sorted(c.view.mentions, key=lambda m: m.start):
        if mention.end <= start or mention.start >= c.trigger.start:
            continue
        parts.append(c.text[start:max(start, mention.start)])
        start = max(start, mention.end)
    parts.append(c.text[start:c.trigger.start])
    return "".join(parts)[-width:]


def _trailer_release(c: Candidate) -> bool:
    """A trailer or teaser next to a premiere's trigger: its release, not the season's
    premiere (``drop.trailer_release``), unless the trailer tells that premiere ("X Season 2
    Trailer Sets March 5 Premiere", round 35: ``TRAILER_TELLS_PREMIERE_RE``)."""
    before = _before_without_names(c, 40)
    if TRAILER_TELLS_PREMIERE_RE.search(before):
        return False
    return bool(TRAILER_RE.search(before + c.text[
        c.trigger.start:min(c.clause[1], c.trigger.end + 25)]))


def _without_titles(c: Candidate) -> str:
    """The sentence with the shows it names blanked out: a negation word inside a title ("Not
    Dead Yet", "Never Say Goodbye", "Hope Valley", "Fate: The Tides Saga") negates nothing.
    Same length as the sentence, so positions stay valid."""
    text = c.text
    if not c.view.mentions:
        return text
    chars = list(text)
    for mention in c.view.mentions:
        chars[mention.start:mention.end] = " " * (mention.end - mention.start)
    return "".join(chars)


def _negation_in(window: str) -> bool:
    """A negation cue in ``window``, past "not only" and a romanised title's "no"."""
    window = NOT_ONLY_RE.sub(" ", window)
    if " no " in window:
        window = TITLE_NO_RE.sub(" ", window)
    return NEGATION_RE.search(window) is not None


def _contrast_side(text: str, start: int, end: int, trig_start: int,
                   trig_end: int) -> tuple[int, int]:
    """The window ``start``..``end`` around a trigger bounded by the contrast words on each
    side of it: a negation or a hedge reads on its own side of "rather than", "despite",
    "unlike", "but" only (``negation.contrast_scope``)."""
    before = list(CONTRAST_BEFORE_RE.finditer(text, start, trig_start))
    if before:
        start = before[-1].end()
    after = CONTRAST_AFTER_RE.search(text, trig_end, end)
    return start, (end if after is None else after.start())


def _is_negated(c: Candidate, bounded: bool = True) -> bool:
    """Negation binds to the words around the trigger: "has not been renewed", "no premiere
    date has been set"; a noun trigger ("release date") also looks further right. The words
    of a show's title are no negation of it, nor (``bounded``) those across a contrast."""
    text, trig, clause = _without_titles(c), c.trigger, c.clause
    if c.kind == "episode_count":
        # only the words right before a count deny it ("no 10-episode order", "not 10
        # episodes"); "might not survive its next eight-episode season" counts episodes
        return NEGATION_RE.search(text[max(clause[0], trig.start - 15):trig.start]) is not None
    if trig.start == trig.end and STAYING_AFTER_RE.match(text, trig.end):
        # a governed list's "aren't going anywhere" keeps its shows on (list.staying_idiom)
        return False
    owned = _owned(c)
    dates_after = owned is not None and owned.start >= trig.end
    noun = NOUN_TRIGGER_RE.search(text[trig.start:trig.end]) is not None
    start = max(clause[0], trig.start - 40)
    # "never saw it and has now been cancelled": a conjunction starts a new verb phrase.
    joints = list(JOINT_RE.finditer(text[start:trig.start]))
    if joints:
        start += joints[-1].end()
    # The trigger's own words ("will not return") are not a negation of it.
    end = min(clause[1], trig.end + (45 if noun else 12))
    if bounded:
        # a negation on the other side of a contrast ("cancelled rather than renewed")
        start, end = _contrast_side(text, start, end, trig.start, trig.end)
    if not _negation_in(text[start:trig.start] + " " + text[trig.end:end]):
        return False
    # "won't premiere until 2025" / "not before 2025": a lower bound, kept as speculative.
    return not (dates_after and UNTIL_RE.search(text[trig.start:clause[1]]))


def _scope_bounded_by_contrast(c: Candidate) -> bool:
    """A negation or a hedge the trigger would take, standing on the other side of a contrast
    ("cancelled rather than renewed", "renewed despite rumours it might be cancelled"):
    ``drop.negated`` and ``certainty.hedge`` read their own side only."""
    if CONTRAST_AFTER_RE.search(c.text) is None and CONTRAST_BEFORE_RE.search(c.text) is None:
        return False
    return (_is_negated(c, bounded=False) and not _is_negated(c)) or (
        _hedged(c, bounded=False) and not _hedged(c))


def _negated_inside(c: Candidate) -> bool:
    """A negation the trigger phrase spans ("filming on X has not begun"); a cancellation's
    own words ("will not return") and a premiere's lower bound ("won't air until") excepted."""
    if c.kind in ("cancelled", "episode_count"):
        return False
    inner = _without_titles(c)[c.trigger.start:c.trigger.end]
    return INNER_NEGATION_RE.search(inner) is not None and not (
        c.kind == "premiere" and UNTIL_RE.search(c.text[c.trigger.start:c.clause[1]]))


def _return_denied(c: Candidate) -> bool:
    """A renewal trigger's return phrase ("bring back X for a third season", "coming back
    for season 3") denied by a decision's negation right before it or inside it, with no time
    after it that makes it a delay ("until 2026"): the show is not coming back, a cancellation
    (``kind.return_denied_is_cancellation``)."""
    if c.trigger.kind != "renewed":
        return False
    trig = c.text[c.trigger.start:c.trigger.end]
    if not RETURN_FAMILY_RE.search(trig):
        return False
    before = c.text[max(c.clause[0], c.trigger.start - 30):c.trigger.start]
    if not (RETURN_DENIED_BEFORE_RE.search(before) or RETURN_DENIED_INSIDE_RE.search(trig)):
        return False
    after = c.text[c.trigger.start:c.clause[1]]
    return RETURN_DELAYED_AFTER_RE.search(after) is None


def _renewal_refused(c: Candidate) -> bool:
    """A renewal trigger right after a refusal of it or a failure to get it ("voted against
    renewing X", "turned down a renewal", "failed to land a third-season renewal", "was denied
    a renewal"), with no time after it that makes it a delay ("ruled out a renewal before
    2026"): the show's cancellation (``kind.renewal_refused_is_cancellation``)."""
    if c.trigger.kind != "renewed":
        return False
    text = _without_titles(c)
    before = text[max(c.clause[0], c.trigger.start - 60):c.trigger.start]
    # a trigger that opens on the getting verb: "failed to | land a third-season renewal"
    lead = RENEWAL_GOT_LEAD_RE.match(text, c.trigger.start, c.trigger.end)
    if lead is not None:
        before += lead.group(0)
    refused = RENEWAL_REFUSED_BEFORE_RE.search(before)
    if refused is None or _REFUSAL_DENIED_RE.search(before, 0, refused.start()):
        return False  # "has not ruled out a renewal": the refusal denied, no decision
    return RETURN_DELAYED_AFTER_RE.search(c.text[c.trigger.start:c.clause[1]]) is None


#: Right before a refusal of a renewal, a negation of the refusal itself ("has not ruled out",
#: "hasn't turned down", "was never denied"): the renewal is still open, no cancellation.
_REFUSAL_DENIED_RE = re.compile(
    r"(?i)(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|been|be|officially|completely|entirely|"
    r"formally|publicly)\s+){0,2}\Z")


def _plural_decision_counted(c: Candidate) -> bool:
    """A plural decision noun ("cancellations") a show or a reference is counted among right
    before it ("X is among Kestrel's cancellations"): the show's decision
    (``trigger.plural_decision_counted``)."""
    if not PLURAL_DECISION_RE.search(c.text[c.trigger.start:c.trigger.end + 1]):
        return False
    before = c.text[max(c.clause[0], c.trigger.start - 80):c.trigger.start]
    return COUNTED_AMONG_DECISIONS_RE.search(before) is not None


def _as_cancellation(c: Candidate, found: Any) -> Candidate:
    return replace(c, kind="cancelled")


def _denied(c: Candidate) -> bool:
    """A report the sentence denies: "Netflix denied reports that X was cancelled", "rumours
    that X was cancelled are false"."""
    text, trig = c.text, c.trigger
    return bool(DENIED_BEFORE_RE.search(text[max(0, trig.start - 90):trig.start])
                or DENIED_AFTER_RE.match(text[trig.end:min(len(text), trig.end + 60)])
                # round 40: the trigger a noun of the report denied ("Kestrel Denies X
                # Cancellation Report")
                or (REPORT_NOUN_AFTER_RE.match(text, trig.end) is not None
                    and DENIAL_VERB_RE.search(text[max(0, trig.start - 60):trig.start])))


def _wished_or_unreal(c: Candidate) -> str | None:
    """The frame that makes the trigger's clause wished, urged, believed by the audience,
    counterfactual or a condition, not stated: read over the words before the trigger back to
    the last clause break, with the shows' names blanked (a title is no frame)."""
    text, start = _without_titles(c), c.trigger.start
    window = text[max(0, start - 90):start]
    if UNREAL_PAST_RE.search(window[-30:]):
        return "counterfactual"
    cuts = list(FRAME_CUT_RE.finditer(window))
    frame = window[cuts[-1].end():] if cuts else window
    if WISH_FOR_RE.search(frame):
        return "wish"
    if URGED_TO_RE.search(frame):
        return "urged"
    if AUDIENCE_BELIEF_RE.search(frame):
        return "belief"
    if INVERTED_CONDITION_RE.match(text[:start]):
        return "condition"  # "Should X be renewed, ...": inverted, from the sentence's start
    # a condition's own clause break is its comma: "If X returns for a third season, ..."
    if IF_CONDITION_RE.search(window[max(0, (cuts[-1].start() if cuts and
                                              window[cuts[-1].start()] in ",;:" else 0)):]):
        return "condition"
    return None


def _frame_beside_decision(c: Candidate, other: str) -> str | None:
    """The words of the trigger's frame before it (at most 60 characters, titles blanked, from
    the last ``FRAME_CUT_RE`` cut), when the sentence names one show at most and tells a
    decision of the ``other`` kind outside the trigger; else None. Round 26: the two mirrors
    of round 25 below spelt it twice."""
    if len({m.show for m in c.view.mentions}) > 1:
        return None
    trig = c.trigger
    if not any(t.kind == other and (t.end <= trig.start or t.start >= trig.end)
               for t in c.view.triggers):
        return None
    window = _without_titles(c)[max(0, trig.start - 60):trig.start]
    cuts = list(FRAME_CUT_RE.finditer(window))
    return window[cuts[-1].end():] if cuts else window


def _renewal_not_given_beside_cancellation(c: Candidate) -> bool:
    """A renewal the sentence tells hoped, expected, sought or rumoured, beside the
    cancellation it tells of the one show it names ("Kestrel cancelled X even though the cast
    expected a renewal", "X, which fans had hoped would be renewed, was cancelled"): the
    decision is the cancellation; the renewal was never given (round 25)."""
    frame = _frame_beside_decision(c, "cancelled")
    if frame is None:
        return False
    # "Tovrel said it would renew", "confirmed reports that it renewed": given, reported
    frame = RENEWAL_REPORTED_GIVEN_RE.sub(" ", frame)
    return (RENEWAL_NOT_GIVEN_BEFORE_RE.search(frame) is not None
            or RENEWAL_NOT_GIVEN_AFTER_RE.match(c.text, c.trigger.end) is not None)


def _cancellation_not_given_beside_renewal(c: Candidate) -> bool:
    """A cancellation the sentence tells feared, threatened, rumoured or possible, beside the
    renewal it tells of the one show it names ("X was renewed despite rumours it might be
    cancelled", "Despite cancellation fears, Kestrel renewed X"): the decision is the renewal;
    the cancellation never came (round 25, s25contrast; the mirror of
    ``drop.renewal_not_given_beside_cancellation``)."""
    frame = _frame_beside_decision(c, "renewed")
    if frame is None:
        return False
    return (CANCELLATION_NOT_GIVEN_BEFORE_RE.search(frame) is not None
            or CANCELLATION_NOT_GIVEN_AFTER_RE.match(c.text, c.trigger.end) is not None)


def _event_the_cancellation_came_before(c: Candidate) -> bool:
    """A premiere or shoot the sentence's cancellation of the one show it names came before,
    or voided ("cancelled X days before its premiere", "before its third season could begin
    filming", "X, which was due to start filming in June, was cancelled"): it never took place
    (round 25)."""
    if len({m.show for m in c.view.mentions}) > 1:
        return False
    trig = c.trigger
    if HAPPENED_TRIGGER_RE.match(_trigger_text(c)):
        return False
    if not any(t.kind == "cancelled" and (t.end <= trig.start or t.start >= trig.end)
               for t in c.view.triggers):
        return False
    before = _without_titles(c)[max(0, trig.start - 70):trig.start]
    # a plan's words the trigger opens on ("due to start filming") read as the frame's
    lead = _PLAN_LEAD_RE.match(_trigger_text(c))
    found = BEFORE_CANCELLED_EVENT_RE.search(before + (lead.group(0) if lead else ""))
    if found is None:
        return False
    if lead or BEFORE_PLAN_VOIDED_RE.search(found.group(0)):
        return True  # "before it could premiere", "which was due to start filming": voided
    # no plan voided: a final season's premiere, one told in the present or as going ahead
    # still takes place ("ahead of the premiere of its final season", "days before its third
    # season premieres on June 5", "; the season will air as planned")
    around = c.text[max(c.clause[0], trig.start - 70):trig.end + 120]
    return not (EVENT_STILL_HELD_RE.search(around) or (
        c.kind == "premiere" and PREMIERE_PRESENT_RE.match(_trigger_text(c))))


_PLAN_LEAD_RE = re.compile(r"(?i)(?:set|due|scheduled|slated|supposed|planned|expected)\s+to\s+")


def _release_channel(c: Candidate) -> bool:
    """A season that already aired, released on another channel or format (home media, a
    catalogue, "after airing on HBO"): the cue anywhere in the sentence but in the trigger's
    own words ("originally aired on BBC" is that first airing)."""
    trig = c.trigger
    return any(m.end() <= trig.start or m.start() >= trig.end
               for m in RELEASE_CHANNEL_RE.finditer(c.text))


def _promotion(c: Candidate) -> bool:
    """Promotional material right at a premiere trigger, not joined to it by "and" or a comma
    ("first look and premiere date" names both)."""
    text, trig = c.text, c.trigger
    start = max(c.clause[0], trig.start - 60)
    for m in PROMO_RE.finditer(text[start:min(c.clause[1], trig.end + 25)]):
        at = start + m.start()
        between = text[start + m.end():trig.start] if at < trig.start else text[trig.end:at]
        if not JOINT_RE.search(between):
            return True
    return False


def _season_detail_announced(c: Candidate) -> bool:
    """What was announced is a detail of the season (its dates, trailer, cast, title), not the
    season: "The release dates for season 5 of X have been announced", "X's season 3 trailer
    was revealed". The season's existence is implied, not news; the renewal is told elsewhere
    (or was long before)."""
    trigger = _trigger_text(c)
    if not ANNOUNCED_VERB_RE.search(trigger):
        return False
    before = c.text[max(c.clause[0], c.trigger.start - 120):c.trigger.start]
    return bool(SEASON_DETAIL_INSIDE_RE.search(trigger) or SEASON_DETAIL_BEFORE_RE.search(before))


def _return_elsewhere(c: Candidate) -> bool:
    """The trigger's return goes to a ranking, to work or to a stage, not to the screen
    ("X returns to the top of the charts", "X will return to filming next month"): no
    season comes back on air, and no season is given."""
    low = max(0, c.trigger.start - 12)
    match = RETURN_ELSEWHERE_RE.search(c.text[low:c.trigger.end + 60])
    return match is not None and low + match.start() < c.trigger.end


def _full_season_order(c: Candidate) -> bool:
    """A season's order made whole ("a full-season order", "orders for full 22-episode
    seasons", "a back-nine pickup") in the renewal's clause, no other season named there: more
    episodes of the season on air, not another season (the labels give its count only)."""
    window = _without_titles(c)[max(c.clause[0], c.trigger.start - 60):c.clause[1]]
    return (FULL_SEASON_ORDER_RE.search(window) is not None
            and ANOTHER_NAMED_SEASON_RE.search(window) is None)


def _not_the_shoot(c: Candidate) -> bool:
    """The writers' room, a table read, rehearsals or casting at a shoot trigger."""
    text, trig = c.text, c.trigger
    return NOT_THE_SHOOT_RE.search(text[max(c.clause[0], trig.start - 30):
                                        min(c.clause[1], trig.end + 20)]) is not None


def _restart_after_halt(c: Candidate) -> bool:
    """A shoot taken up again ("resumed filming", "the cast is back on set") where the text
    states a halt (a strike, a pandemic shutdown, a shoot paused or interrupted) in the
    sentence or right before it: the shoot began before the halt, at a time this does not
    give, or the people go back to work in general; the restart is no start of a season."""
    text, trig = c.text, c.trigger
    if not RESTART_RE.search(text[max(c.clause[0], trig.start - 30):trig.end]):
        return False
    if HALT_RE.search(text):
        return True
    article = c.view.ctx.article.text
    at = article.find(text[:80])
    return at > 0 and HALT_RE.search(article[max(0, at - 300):at]) is not None


def _resumed(c: Candidate) -> bool:
    """The restart is the shoot's own ("production resumed"), not people back at work."""
    return bool(RESUMED_RE.search(c.text[max(c.clause[0], c.trigger.start - 30):c.trigger.end]))


def _undated_earlier_start(c: Candidate, found: object) -> Candidate:
    """The start a restart implies: it happened, before the halt, at no time the text gives."""
    return replace(c, date=None, date_mention=None, inferred=False, certainty="confirmed")


def _person_comes_or_goes(c: Candidate) -> bool:
    """A person's name right before a return or a departure ("Maya Lind won't return for
    season 3", "Tom Rudd will return for season 3"): news of the cast, not of the show; a
    show named like a person ("Jessica Jones won't return") is a mention and stays; so does a
    show named inside a trigger that opens on a verb of telling ("Maya Lind confirmed X will
    return for season 3": the person tells of the show's return, round 19; not "Maya Lind is
    bringing her character from X back")."""
    if not RETURN_FAMILY_RE.search(_trigger_text(c)):
        return False
    start = c.trigger.start
    if TELLING_OPEN_RE.match(_trigger_text(c)) and any(
            start < m.start < c.trigger.end for m in c.view.mentions):
        return False
    before = PERSON_AUX_END_RE.sub("", c.text[max(c.clause[0], start - 40):start])
    if not before or any(m.start < start and m.end >= len(c.text[:start].rstrip())
                         for m in c.view.mentions):
        return False
    return ends_with_person(before) and not NAME_IN_ASIDE_RE.search(before)


def _excluded(c: Candidate) -> Any:
    exclude = TRIGGER_EXCLUDE.get(c.kind)
    if exclude is None:
        return None
    trig = c.trigger
    if c.index is None:  # an episode count: the words around it
        return exclude.search(c.text[max(0, trig.start - 40):trig.end + 40])
    text = _without_titles(c)
    if c.kind == "premiere" and (told := _new_episodes_of_told_season(c)) is not None:
        # "X is coming back for a third season. The new episodes arrive March 4.": the
        # season the sentence before told to come, not the aired one's next episodes
        text = " " * told + text[told:]
        _note(NEW_EPISODES_OF_TOLD_SEASON)
    start, end = max(c.clause[0] - 30, trig.start - 70, 0), min(c.clause[1], trig.end + 25)
    window = text[start:end]
    if "adapt" in text or "based" in text:
        # "X, Hulu's adaptation of the best-selling novel, will premiere": the source, read
        # whole in the sentence (the window may cut it)
        sources = [m for m in ADAPTED_SOURCE_RE.finditer(text) if m.end() > start
                   and m.start() < end]
        for source in sources:
            text = text[:source.start()] + " " * (source.end() - source.start()) + \
                text[source.end():]
        if sources and exclude.search(window) and not exclude.search(text[start:end]):
            _note(ADAPTED_SOURCE_IN_PASSING)
        window = text[start:end]
    if c.ctx.parts_are_seasons:
        # "Part 4 premiered in April" where parts are the article's seasons: no later part
        window = PART_NUMBER_RE.pattern.sub(lambda m: " " * len(m.group(0)), window)
    if c.kind == "premiere":
        # "all eight new episodes dropped": a whole season, not a single new episode
        for whole in WHOLE_SEASON_DROP_RE.finditer(window):
            window = window[:whole.start()] + " " * (whole.end() - whole.start()) + \
                window[whole.end():]
    return exclude.search(window)


def _new_episodes_of_told_season(c: Candidate) -> int | None:
    """Where "the new episodes" that open the candidate's sentence end, when they are the
    season the sentence before told to come (``trigger.new_episodes_of_told_season``): the
    sentence names no show and no season and states a date; the one before names one show
    and one season, told as renewed, ordered or coming back, not as on air or aired, and
    states no time of its own. The episodes may be named as that show's ("New episodes of
    Salt Road premiere June 8", round 35), never as another's."""
    view = c.view
    if view.all_seasons or not view.dates or len(view.previous) != 1 \
            or c.ctx.named_season is None:
        return None
    told_show = view.previous[0].show
    if any(m.show != told_show for m in view.mentions):
        return None
    opening = NEW_EPISODES_OPEN_RE.match(c.text)
    if opening is None:
        return None
    named = NEW_EPISODES_OF_NAME_RE.match(c.text, opening.end())
    if named is None and view.mentions:
        return None  # the show named elsewhere in the sentence: its own reading
    if named is not None and not any(m.start in (named.end() - 1, named.end())
                                     for m in view.mentions):
        return None  # "the new episodes of Havana", "... of Season 2": another's, named
    before = c.ctx.previous_sentence
    if not SEASON_TO_COME_RE.search(before) and c.ctx.told_sentence:
        # "... for a third season. The cast is back. The new episodes arrive March 4.": quiet
        # sentences between (``ArticleContext.told_sentence``)
        before = c.ctx.told_sentence
    if not SEASON_TO_COME_RE.search(before) or SEASON_ON_AIR_RE.search(before):
        return None
    published = c.ctx.article.published
    if datemod.find_dates(before, published):
        # "X season 2 will premiere next year. New episodes begin streaming March 14 in
        # Canada.": the premiere has its own time; the article-wide pass weighs the others
        return None
    aired = c.ctx.aired_in_article.get(view.previous[0].show)
    if aired is not None and aired >= c.ctx.named_season:
        return None
    return opening.end() if _far_enough_ahead(_owned(c), published) else None


#: How soon after the news a day given to "the new episodes" may still be a new season's: the
#: episodes of a season on air resume within days or weeks ("New episodes arrive tonight",
#: "... on Sunday", "... on January 21" nine days after a mid-season renewal).
NEW_SEASON_LEAD = dt.timedelta(days=21)


def _far_enough_ahead(owned: datemod.DateMention | None, published: dt.date) -> bool:
    """Is the date the sentence gives its new episodes a new season's: a year or a season, a
    later month, or a day named with its month or number at least ``NEW_SEASON_LEAD`` ahead
    (not "tonight", "Sunday", "next week")?"""
    if owned is None:
        return False
    start = datemod.start_date(owned.value)
    if start is None:
        return False
    kind = datemod.precision(owned.value)
    if kind <= 2:
        return start.year >= published.year
    named = any(ch.isdigit() for ch in owned.text) or any(
        word.lower().rstrip(".") in datemod.MONTHS for word in re.findall(r"[A-Za-z.]+",
                                                                         owned.text))
    if not named:
        return False
    if kind == 3:
        return (start.year, start.month) > (published.year, published.month)
    return start > published + NEW_SEASON_LEAD


def _trigger_tense(c: Candidate) -> bool | None:
    """True when the trigger's event lies ahead ("will premiere", "is set to film", "premieres
    June 5"), False when it happened ("began", "has wrapped"), None when the words don't say."""
    trig = c.trigger
    before = c.text[max(c.clause[0], trig.start - 40):trig.start]
    words = _trigger_text(c)
    # (one space between: "a season to| debut" read as "to  debut" was no future)
    if FUTURE_MARK_RE.search(before.rstrip() + " " + words) or DATE_SETTING_RE.match(words) \
            or _MOVED_TO_END_RE.search(words) \
            or _DATE_SET_AFTER_RE.match(c.text[trig.end:trig.end + 30]) \
            or SET_FOR_BEFORE_RE.search(before) \
            or _season_arriving(c) or MODAL_AHEAD_RE.search(before):
        return True
    if PAST_MARK_RE.search(words) or PAST_MARK_RE.search(c.text[max(c.clause[0],
                                                                    trig.start - 12):trig.end]):
        return False
    return True if SCHEDULED_PRESENT_RE.search(words) else None


def _season_arriving(c: Candidate) -> bool:
    """The trigger is a progressive right after its season or shoot ("a second season,
    arriving in March"): scheduled."""
    window = c.text[max(0, c.trigger.start - 24):c.trigger.start]
    match = SEASON_ARRIVING_RE.search(window + c.text[c.trigger.start:c.trigger.end])
    return match is not None and match.end() >= len(window)


#: A premiere named by its noun ("the premiere", "a March 5 debut", "its release date").
_PREMIERE_NOUN_RE = re.compile(r"(?i)(?:premiere|debut|return|launch|release|bow)(?: date)?$")
#: A present-tense verb of a clause that gives or holds an event's date: "the premiere is
#: March 5", "X gets a March 5 premiere", "has a March 5 release date".
_PRESENT_HOLDS_RE = re.compile(r"(?i)\b(?:is|are|gets|get|has|have|lands|scores|nabs|"
                               r"receives|sets|marks)\b")
#: Past words a clause may tell history with that the past marks do not list.
_PAST_WORD_RE = re.compile(r"(?i)\b(?:was|were|had|did|drew|saw|ago|last|since|previous|"
                           r"earlier|first season|original)\b")


def _premiere_noun_in_present(c: Candidate) -> bool:
    """A premiere named by its noun, in a clause of the present with no past word ("the
    premiere of X season 2 is March 5", "X gets a March 5 premiere"): the date given lies
    ahead, as news of a day to come."""
    if c.kind != "premiere" or not _PREMIERE_NOUN_RE.search(_trigger_text(c)):
        return False
    clause = _clause_text(c)
    return bool(_PRESENT_HOLDS_RE.search(clause)) and not PAST_MARK_RE.search(clause) \
        and not _PAST_WORD_RE.search(clause)


#: A bare year in parentheses: "Nightjar (2023)", "Season 2 (2030)".
_BRACKETED_YEAR_RE = re.compile(r"\(\s*(?:19|20)\d\d\s*\)")


def _labels_a_name(c: Candidate, mention: datemod.DateMention) -> bool:
    """Is the date a year in parentheses right after a show's name or a season phrase
    ("Nightjar (2023)", "Season 2 (2030)")? It tells which show or season is meant, as a
    label; it dates no event a trigger of the sentence tells."""
    if datemod.precision(mention.value) != 1 or not _BRACKETED_YEAR_RE.fullmatch(
            c.text[max(0, mention.start - 1):mention.end + 1]):
        return False
    before = c.text[:mention.start - 1].rstrip()
    ends = [m.end for m in c.view.mentions] + [s[1] for s in c.view.all_seasons]
    return any(end == len(before) for end in ends)


def _title_year_label(c: Candidate) -> tuple[datemod.DateMention | None] | None:
    """The trigger owns a year labelling a name (``_labels_a_name``): the date it governs is
    the nearest other one of its clause no other trigger owns, after it first; none if there
    is none (a one-tuple, so that "no date" is still a finding)."""
    label = _owned(c)
    if label is None or not _labels_a_name(c, label):
        return None
    taken = {id(m) for i, m in c.view.owned.items() if i != c.index}
    start, end = c.clause
    others = [m for m in c.view.dates if m is not label and id(m) not in taken
              and start <= m.start < end and not _labels_a_name(c, m)]
    others.sort(key=lambda m: (m.start < c.trigger.end, abs(m.start - c.trigger.end)))
    return (others[0] if others else None,)


def _date_past_label(c: Candidate, found: tuple[datemod.DateMention | None]) -> Candidate:
    return _dated(c, found[0]) if found[0] is not None else c


def _owned_past_aside(c: Candidate) -> datemod.DateMention | None:
    """The owned date, when a closed relative aside stands between the trigger and it."""
    mention = _owned(c)
    if mention is None or mention.start < c.trigger.end or "," not in c.text:
        return None
    return mention if any(c.trigger.end <= a and b <= mention.start
                          for a, b in datemod.closed_asides(c.text)) else None


def _in_tense(c: Candidate, mention: datemod.DateMention) -> datemod.DateMention:
    """A date without a year (or a weekday, "in the fall") read in the tense of its own words
    or else of its trigger: "began shooting back in February" is the February before the
    article even when another verb of the sentence looks ahead."""
    if not mention.relative:
        return mention
    before = c.text[max(0, mention.start - 14):mention.start]
    tense = (False if PAST_DATE_MARK_RE.search(before) or PAST_DATE_MARK_RE.search(
        mention.text) else True if FUTURE_DATE_MARK_RE.search(before) else _trigger_tense(c))
    if tense is None and _premiere_noun_in_present(c):
        tense = True
    if tense is None and not FUTURE_IN_PAST_RE.search(
            c.text[max(c.clause[0], c.trigger.start - 25):c.trigger.start]) \
            and not _ATTRIBUTIVE_DATE_RE.match(mention.text):
        return mention
    # "confirms an August premiere": a month naming its event, no tense: the nearest August
    # "it was announced in February that X would premiere in June": a plan told in the past
    # for an event that may lie either side of the article: the nearest June
    # (an attributive month is read with the noun it stands before: "an August premiere")
    again = datemod.find_dates(c.text[mention.start:mention.end + 14]
                               if _ATTRIBUTIVE_DATE_RE.match(mention.text) else mention.text,
                               c.ctx.article.published, future=tense)
    if len(again) == 1 and again[0].text == mention.text and again[0].value != mention.value:
        return replace(mention, value=again[0].value)
    return mention


def _anaphoric_year(c: Candidate) -> datemod.DateMention | None:
    """The date the trigger owns when it is a year named by reference and read off a date
    before it (``datemod.anchored_years``)."""
    owned = _owned(c)
    if owned is None or owned.relative or not datemod.ANAPHORIC_YEAR_RE.match(owned.text):
        return None
    return owned


def _anchored_offset(c: Candidate) -> datemod.DateMention | None:
    """The date the trigger owns when it is a time counted from a date before it ("two
    weeks later", "the following month", "that summer") and read off that date
    (``datemod.anchored_offsets``)."""
    owned = _owned(c)
    if owned is None or owned.relative or not datemod.ANCHORED_OFFSET_RE.match(owned.text):
        return None
    return owned


def _framed_by_opening_year(c: Candidate) -> datemod.DateMention | None:
    """The yearless date the trigger owns, in a sentence that opens with its year
    (``datemod.framed_years``)."""
    owned = _owned(c)
    year = datemod.opening_year(c.text, c.view.dates) if owned is not None else None
    if owned is None or year is None or owned is c.view.dates[0] \
            or not datemod.is_yearless(owned.text) or owned.value[:4] != f"{year:04d}":
        return None
    return owned


def _modal_ahead(c: Candidate) -> datemod.DateMention | None:
    """The date without a year a trigger owns when a modal stands right before it ("could
    premiere in March"): ``_trigger_tense`` reads the event as ahead, so the date is the
    coming instance, not the nearest."""
    mention = _owned(c)
    if mention is None or not mention.relative:
        return None
    before = c.text[max(c.clause[0], c.trigger.start - 40):c.trigger.start]
    return mention if MODAL_AHEAD_RE.search(before) else None


#: A return told in the present or ahead whose "back" stands right before its date ("comes
#: back June 14", "is coming back in the fall", "will head back in early June", "heads back
#: to Kestrel in the fall"): the verb's particle, not the "back in April" of a time past
#: (``PAST_DATE_MARK_RE``). Never a past or perfect form ("came back", "has come back").
_RETURN_BACK_BEFORE_RE = re.compile(
    r"(?i)(?:\b(?:is|are)\s+(?:headed|heading|coming)|(?<!\bhas )(?<!\bhave )(?<!\bhad )"
    r"\b(?:comes?|coming|heads?|heading))\s+back\s+"
    # a place may stand between: "heads back to Kestrel in the fall"
    r"(?:(?:on|to|onto)\s+(?:[@\w+&!.'’-]+\s+){1,3}?)?(?:(?:in|on)\s+)?$")


def _return_back_ahead(c: Candidate) -> datemod.DateMention | None:
    """``date.return_back_ahead``: the yearless date a return's "back" stands right before
    (``_RETURN_BACK_BEFORE_RE``), read as the coming one: the date mark "back" read it as
    past, a year early (round 25)."""
    mention = _owned(c)
    if mention is None or not mention.relative or mention.start < c.trigger.start:
        return None
    before = c.text[max(c.trigger.start, mention.start - 60):mention.start]
    return mention if _RETURN_BACK_BEFORE_RE.search(before) else None


def _ahead_after_linked_event(c: Candidate) -> datemod.DateMention | None:
    """``date.ahead_after_linked_event``: the yearless date of an event told ahead that the
    sentence links after an earlier dated one ("After its 2022 debut, X will return on June
    14", "Following its March 2022 finale, X returns for season 2 on June 14"):
    ``datemod.ordered_events`` gave it the earlier event's year, which only says it comes
    after; told ahead, it is the coming instance, when that still comes after the earlier
    date (round 25)."""
    mention = _owned(c)
    if mention is None or mention.relative or not datemod.is_yearless(mention.text):
        return None
    if _trigger_tense(c) is not True:
        return None
    again = datemod.find_dates(mention.text, c.ctx.article.published, future=True)
    if len(again) != 1 or again[0].text != mention.text \
            or int(again[0].value[:4]) <= int(mention.value[:4]):
        return None
    earlier = [d for d in c.view.dates if d.end <= mention.start]
    if not earlier or not datemod.linked_after(c.text, earlier[-1], mention) \
            or datemod.sort_key(again[0].value) <= datemod.sort_key(earlier[-1].value):
        return None
    return mention


#: Between a date a sentence denies and the one it gives instead: "not in November but in
#: February", "not this spring, but rather next January", "not to May but to June" (round 39).
DENIED_DATE_BUT_RE = re.compile(
    r"(?i)^\s{0,2},?\s{1,3}but\s{1,3}(?:rather\s{1,3}|instead\s{1,3})?"
    r"(?:(?:to|in|on|for|until|at|from)\s{1,3})?$")
#: Right before the denied date: its negation, a few words (the trigger, a network, a
#: preposition) between.
DENIED_DATE_BEFORE_RE = re.compile(
    r"(?i)(?:\bnot|\bnever|n['’]t)\s{1,3}(?:[\w'’.-]+\s{1,3}){0,4}?$")
#: How far before the trigger a negation of its date may stand ("will not premiere").
DENIED_DATE_REACH = 30


def _date_denied_for_another(c: Candidate) -> datemod.DateMention | None:
    """A date the sentence denies right after the trigger's negation and the one it gives
    instead after "but" ("will not premiere in November but in February", "premieres not this
    spring but next January"): the negation is the first date's, the event stands on the
    second (``date.denied_for_another``, round 39). None when the sentence has no such pair."""
    if c.kind not in EVENTS or len(c.view.dates) < 2 or " but " not in c.text:
        return None
    dates = sorted(c.view.dates, key=lambda d: d.start)
    for first, second in zip(dates, dates[1:], strict=False):
        if second.start <= c.trigger.end or first.start < c.clause[0] \
                or not DENIED_DATE_BUT_RE.match(c.text[first.end:second.start]):
            continue
        denied = DENIED_DATE_BEFORE_RE.search(c.text, max(0, first.start - 60), first.start)
        if denied is not None and denied.start() >= c.trigger.start - DENIED_DATE_REACH:
            return second
    return None


#: A negation told in the past ("did not premiere in May but in June"): its dates are behind.
DENIED_IN_PAST_RE = re.compile(r"(?i)\b(?:did|was|were|had|has|have)\s{0,3}(?:not\b|n['’]t\b)")


def _dated_instead(c: Candidate, mention: datemod.DateMention) -> Candidate:
    """The date given instead of a denied one, read ahead unless the negation or the trigger
    is told in the past: "won't premiere in March, but in May" is a plan."""
    before = c.text[max(c.clause[0], c.trigger.start - DENIED_DATE_REACH):mention.start]
    if _trigger_tense(c) is False or DENIED_IN_PAST_RE.search(before):
        return _dated(c, mention)
    return _dated_ahead(c, mention)


def _preferred_alternative(c: Candidate) -> datemod.DateMention | None:
    """Of two dates offered for the event ("in the summer or, more likely, the fall", "in
    March or April, with April more likely", "winter or spring; we think the latter"), the
    second when the text marks it as the likelier; None when it marks neither."""
    first = _owned(c)
    if first is None:
        return None
    # (the alternative read first: ``_in_tense`` changes the date's value, never its span)
    opened = ALTERNATIVE_OPEN_RE.match(c.text[first.end:first.end + 40])
    if opened is None:
        return None
    first = _in_tense(c, first)
    pos = first.end + opened.end()
    # the second date often has no preposition of its own ("or the spring", "or April"):
    # read it as if it had one, ahead when the first lies ahead
    published = c.ctx.article.published
    ahead = True if datemod.is_after(first.value, published) else _trigger_tense(c)
    found = [m for m in datemod.find_dates("in " + c.text[pos:pos + 40], published,
                                           future=ahead) if m.start <= 12]
    if not found:
        return None
    start, end = pos + max(0, found[0].start - 3), pos + found[0].end - 3
    second = datemod.DateMention(start, end, c.text[start:end], found[0].value,
                                 found[0].relative)
    if not (opened.group("pref") or PREFERRED_AFTER_RE.match(c.text[end:end + 60])):
        return None
    if datemod.sort_key(second.value) < datemod.sort_key(first.value) \
            and not _YEAR_DIGITS_RE.search(second.text):
        # "the summer or the fall" offered in August: the fall after that summer
        second = replace(second, value=f"{int(second.value[:4]) + 1}{second.value[4:]}")
    return second


_YEAR_DIGITS_RE = re.compile(r"\d{4}")


def _announcement_opens(c: Candidate) -> bool:
    return _opens_announcement(c, _owned(c)) and _trigger_tense(c) is True


def _opens_announcement(c: Candidate, mention: datemod.DateMention | None) -> bool:
    """The date opens the sentence right before a reporting verb ("In March, Kestrel said"):
    the day of the announcement. Never a time after the article, read as a saying's ("By
    2026, Kestrel said, X would return", "Next spring, ..."): a saying that happened is not
    dated ahead, so the time is the return's."""
    return (mention is not None and mention.start <= 12
            and REPORTED_AFTER_RE.match(c.text[mention.end:mention.end + 45]) is not None
            and not datemod.is_after(_said_value(c, mention), c.ctx.article.published))


def _said_value(c: Candidate, mention: datemod.DateMention) -> str:
    """The time of a saying, read in the past when the phrase could point either way."""
    past = datemod.find_dates(mention.text, c.ctx.article.published, future=False)
    return past[0].value if mention.relative and past else mention.value


def _announced_plan(c: Candidate) -> datemod.DateMention | None:
    """The date opening the sentence before a reporting verb, when the trigger is a plan the
    saying told as ahead ("In March, Kestrel said X would return for a third season")."""
    mention = _owned(c)
    if not _opens_announcement(c, mention) or mention is None:
        return None
    start = max(c.clause[0], mention.end, c.trigger.start - 40)
    ahead = REPORTED_AHEAD_BEFORE_RE.search(c.text[start:c.trigger.end])
    return mention if ahead is not None and ahead.start() < c.trigger.start - start + 2 else None


def _date_after_trigger_or_announced(c: Candidate, found: Any) -> Candidate:
    """The first free date after the trigger; a decision with none takes the day of the
    announcement opening the sentence (round 25: it had the publication month)."""
    after = _date_after_trigger(c)
    mention = _owned(c)
    if c.kind not in DECISIONS or after.date_mention is not None or mention is None:
        return after
    return _announcement_dates_decision(c, mention)


def _announcement_dates_decision(c: Candidate, mention: datemod.DateMention) -> Candidate:
    """The decision takes the announcement's date, read in the past (the saying happened)."""
    value = _said_value(c, mention)
    return replace(c, date_mention=replace(mention, value=value), date=value)


def _date_after_trigger(c: Candidate) -> Candidate:
    """The first date after the trigger that no other trigger owns, if any."""
    taken = {m.start for i, m in c.view.owned.items() if i != c.index}
    after = [d for d in c.view.dates if d.start >= c.trigger.end and d.start not in taken]
    return _dated(c, after[0]) if after else c


def _shoot_end(c: Candidate) -> datemod.DateMention | None:
    """"now shooting in Belfast through March 2022": the date the start owns is the
    wrap's, when 'through/until' stands right before it and no 'from' date opens a span."""
    mention = _owned(c)
    if mention is None:
        return None
    before = c.text[max(0, mention.start - 20):mention.start]
    if not (SHOOT_END_BEFORE_RE.search(before)  # "until December" may be one date phrase
            or SHOOT_END_BEFORE_RE.search(before + mention.text.split(" ", 1)[0] + " ")):
        return None
    if any(span[1].start == mention.start for span in c.view.intervals):
        return None  # "from June through October": the shoot interval reads both
    return mention


def _shoot_end_is_wrap(c: Candidate, mention: datemod.DateMention) -> Candidate:
    mention = _in_tense(c, mention)
    certainty = ("expected" if datemod.is_after(mention.value, c.ctx.article.published)
                 else "confirmed")
    return replace(c, also=(*c.also, ("filming_wrapped", mention.value, certainty)))


def _dated(c: Candidate, mention: datemod.DateMention) -> Candidate:
    mention = _in_tense(c, mention)
    return replace(c, date_mention=mention, date=mention.value)


def _day_given_by_date_noun(c: Candidate) -> datemod.DateMention | None:
    """The yearless day a premiere-date noun gives right after it ("got a release date of June
    12", "release date announced: June 12"): the tense of the verb that announces or gives a day
    is not the tense of the event it dates."""
    mention = _owned(c)
    if mention is None or not mention.relative:
        return None
    if mention.end <= c.trigger.start:  # "a June 12 premiere date"
        noun = c.text[mention.end:c.trigger.end + 8]
        if _DAY_BEFORE_DATE_NOUN_RE.fullmatch(noun):
            return mention
        # round 40: the premiere noun itself after a verb that gives it ("set a January 14
        # premiere", "has been given a March 3 debut")
        return mention if (_DAY_BEFORE_EVENT_NOUN_RE.fullmatch(
            c.text, mention.end, c.trigger.end) and _GIVES_A_DAY_BEFORE_RE.search(
                c.text, max(0, mention.start - 60), mention.start)) else None
    words = c.text[max(c.clause[0], c.trigger.start):mention.start]
    return mention if DATE_NOUN_GIVES_RE.search(words[-60:]) else None


#: From a day to the premiere noun right after it: "January 14| premiere" (round 40).
_DAY_BEFORE_EVENT_NOUN_RE = re.compile(r"(?i)\s{1,2}(?:premiere|debut|launch|return)")
#: A verb that gives a premiere its day, a few words before "a" / "its" and the day: "set
#: a|", "has been given a|", "gave the drama a|", "landed its|" (round 40).
_GIVES_A_DAY_BEFORE_RE = re.compile(
    r"(?i)\b(?:set|sets|setting|given|gave|gets|got|lands|landed|scheduled|announced|"
    r"confirmed|revealed|unveiled)(?:\s{1,2}[\w'’:+-]+){0,5}?\s{1,2}(?:a|an|its|their)"
    r"\s{1,2}\Z")
#: From a day to the premiere-date noun right after it: "June 12| premiere date".
_DAY_BEFORE_DATE_NOUN_RE = re.compile(
    r"(?i)\s{1,2}(?:premiere|release|air|return|launch|debut|streaming)\s{1,2}dates?\b.*")


def _dated_ahead(c: Candidate, mention: datemod.DateMention) -> Candidate:
    again = datemod.find_dates(mention.text, c.ctx.article.published, future=True)
    if len(again) == 1 and again[0].text == mention.text:
        mention = replace(mention, value=again[0].value)
    return replace(c, date_mention=mention, date=mention.value)


#: Between a premiere's noun and the date right after it: "premiere on January 14".
_PREMIERE_DATE_GAP_RE = re.compile(r"\s{1,3}(?:on\s{1,3}|of\s{1,3})?")


def _premiere_received(c: Candidate) -> datemod.DateMention | None:
    """The yearless date a premiere's noun owns ("X's January 14 premiere", "the premiere on
    March 3") when, after the noun and its date, the clause tells the premiere's audience,
    ratings or reviews in the past (``PREMIERE_RECEIVED_AFTER_RE``: "drew 3 million viewers",
    "was watched by", "earned rave reviews"): the premiere has happened (round 41)."""
    if c.kind != "premiere" or not _PREMIERE_NOUN_RE.search(_trigger_text(c)):
        return None
    mention = _owned(c)
    if mention is None or not mention.relative:
        return None
    start = max(c.trigger.end, mention.end)
    if mention.start > c.trigger.end and not _PREMIERE_DATE_GAP_RE.fullmatch(
            c.text, c.trigger.end, mention.start):
        return None  # a date farther after the noun dates something else
    after = c.text[start:min(c.clause[1], start + 120)]
    return mention if PREMIERE_RECEIVED_AFTER_RE.match(after) else None


def _dated_past(c: Candidate, mention: datemod.DateMention) -> Candidate:
    """The yearless date read as its latest past instance."""
    again = datemod.find_dates(mention.text, c.ctx.article.published, future=False)
    if len(again) == 1 and again[0].text == mention.text:
        mention = replace(mention, value=again[0].value)
    return replace(c, date_mention=mention, date=mention.value)


def _dated_after_publication(c: Candidate, mention: datemod.DateMention) -> Candidate:
    """A yearless date a future verb points to, read ahead and never before the article: the
    coming instance's few weeks' grace ("will return on April 2" a month after it) is last
    spring's, yet the event is still to come (round 25, second reading)."""
    c = _dated_ahead(c, mention)
    published = c.ctx.article.published
    if c.date is not None and datemod.precision(c.date) == 4 \
            and c.date < published.isoformat():
        value = f"{int(c.date[:4]) + 1}{c.date[4:]}"
        c = replace(c, date=value, date_mention=replace(mention, value=value))
    return c


#: A TV guide line's heading: its weekday, then its time or channel, then a colon ("Sunday,
#: 9pm, Kestrel: series opener", "Friday, Kestrel, 8pm: the first episode of the new run").
GUIDE_HEADING_RE = re.compile(rf"(?i)^\W{{0,3}}(?P<day>{datemod._WD})\b(?:,? [^:.;]{{1,40}}?)?:\s")


def _guide_heading_day(c: Candidate) -> datemod.DateMention | None:
    """``date.guide_heading``: the weekday heading a TV guide's line opens on dates the
    premiere the line labels (its time of day and channel are no part of it), read ahead
    (round 40)."""
    if c.kind != "premiere":
        return None
    found = GUIDE_HEADING_RE.match(c.text)
    if found is None or found.end() > c.trigger.start:
        return None
    mention = next((d for d in c.view.dates if d.start == found.start("day")), None)
    if any(d is not mention for d in c.view.dates):
        return None  # the line tells its own date ("…: X premieres on March 7")
    if mention is not None:
        return mention
    again = datemod.find_dates(found.group("day"), c.ctx.article.published, future=True)
    return replace(again[0], start=found.start("day"), end=found.end("day")) if again else None


def _moved_ahead(c: Candidate, mention: datemod.DateMention) -> Candidate:
    """A move's new date, read ahead: a bare month it gives ("pushed X to June") is never
    before the article's month either (round 40)."""
    c = _dated_after_publication(c, mention)
    published = c.ctx.article.published.isoformat()
    if c.date is not None and datemod.precision(c.date) == 3 and c.date < published[:7]:
        value = f"{int(c.date[:4]) + 1}{c.date[4:]}"
        c = replace(c, date=value, date_mention=replace(mention, value=value))
    return c


def _interval(c: Candidate) -> tuple[datemod.DateMention, datemod.DateMention] | None:
    mention = c.date_mention
    if mention is None:
        return None
    return next((span for span in c.view.intervals
                 if mention.start in (span[0].start, span[1].start)), None)


def _shoot_span(c: Candidate, span: tuple[datemod.DateMention, datemod.DateMention]
                ) -> Candidate:
    """"Filming ran from March to July": the start then, and the wrap then."""
    start, end = span
    published = c.ctx.article.published
    if c.kind == "filming_started":
        other, own, other_date = "filming_wrapped", start.value, end.value
    else:
        other, own, other_date = "filming_started", end.value, start.value
    certainty = "expected" if datemod.is_after(other_date, published) else "confirmed"
    return replace(c, date=own, also=(*c.also, (other, other_date, certainty)))


def _following_event_date(c: Candidate) -> datemod.DateMention | None:
    """"began right after X wrapped in April": the start borrows the wrap's date."""
    view, index = c.view, c.index
    if index is None or index + 1 >= len(view.triggers):
        return None
    following = index + 1
    if following in view.owned and AFTER_LINK_RE.search(
            c.text[c.trigger.end:view.triggers[following].start]):
        return view.owned[following]
    return None


#: "... and was renewed weeks later", "renewed it shortly after.": a time after the event told
#: before it, with no event of its own named ("shortly after its finale in May" names one).
_SHORTLY_AFTER_RE = re.compile(
    r"(?i)^[^.;:]{0,50}?\b(?:(?P<days>(?:only\s+|just\s+)?(?:a\s+few\s+|several\s+|two\s+|"
    r"three\s+)?days)|shortly|soon|quickly|not\s+long|(?:only\s+|just\s+)?(?:a\s+few\s+|"
    r"several\s+|two\s+|three\s+)?weeks|a\s+month)\s+(?:after(?:wards?)?|later|"
    r"thereafter)\b(?!\s+(?:the|its|a|an|his|her|their|that|this|it|[A-Z\d]))"
    # "and was renewed within two weeks", "within days" (round 17): a gap of days or a week
    # or two is the event's month, a longer one its year
    r"|^[^.;:]{0,50}?\bwithin\s+(?:(?P<soon>(?:a\s+few\s+|several\s+|two\s+|three\s+)?days|"
    r"(?:a|one|two)\s+weeks?|the\s+week)|(?:a\s+few\s+|several\s+|three\s+)?weeks|"
    r"(?:a|one|the)\s+month)\b(?=\s*(?:[,.;:)]|$|by\s+[A-Z]|(?:of|after)\s+(?:its|the|their)\s+"
    r"(?:premiere|debut|launch|release|finale)\b(?!\s+of\s)))")


def _shortly_after_earlier_event(c: Candidate) -> str | None:
    """"X premiered in March 2022 and was renewed weeks later", "renewed X a week after its
    March 3 debut": the decision's year is the other event's (its month too when the gap is
    days or a week); None when the decision owns a date or no such event is dated."""
    view, index = c.view, c.index
    if c.date is not None or index is None:
        return None
    following = index + 1
    if following < len(view.triggers) and following in view.owned:
        # "renewed X a week after its March 3 debut": the event named after the gap
        gap = _GAP_BEFORE_ITS_RE.match(c.text[c.trigger.end:view.triggers[following].start])
        if gap is not None:
            return _near(view.owned[following].value, bool(gap.group("days")))
    if index == 0 or (index - 1) not in view.owned:
        return None
    earlier = view.owned[index - 1]
    gap = _SHORTLY_AFTER_RE.match(c.text[c.trigger.end:c.clause[1] + 1])
    if gap is None or earlier.end > c.trigger.start:
        return None
    return _near(earlier.value, bool(gap.group("days") or gap.group("soon")))


#: From a decision to the event it came right after: "renewed X for a third season a week
#: after its", "... (only) days following its".
_GAP_BEFORE_ITS_RE = re.compile(
    r"(?i)^[^.;]{0,50}?\b(?:(?P<days>(?:only\s+|just\s+)?(?:a\s+few\s+|several\s+|two\s+|"
    r"three\s+)?days|a\s+week)|shortly|soon|(?:only\s+|just\s+)?(?:two\s+|three\s+|a\s+few\s+)?"
    r"weeks|a\s+month)\s+(?:after|following)\s+its\b[^;.()]{0,30}$")


def _near(value: str, days: bool) -> str:
    """A time a short gap after ``value``: its month when the gap is days (and the month is
    known), else its year."""
    return value[:7] if days and datemod.precision(value) >= 3 else value[:4]


def _hedged(c: Candidate, bounded: bool = True) -> bool:
    """A hedge near the trigger ("could", "reportedly", "if"), on its own side of a contrast
    (``bounded``)."""
    if c.kind == "episode_count":  # the words around the count, not the whole clause
        return SPECULATIVE_RE.search(c.text[max(c.clause[0], c.trigger.start - 30):
                                            min(c.clause[1], c.trigger.end + 20)]) is not None
    text, trig, clause = _without_titles(c), c.trigger, c.clause
    # Hedges bind to the words near the trigger ("Perhaps the saddest news of the day was
    # that the network is cancelling X" is a confirmed cancellation).
    after = text[trig.end:min(clause[1], trig.end + 40)]
    cut = CLAUSE_CUT_RE.search(after)  # "..., and it might be the last": another clause
    lo, hi = max(clause[0], trig.start - 45), trig.end + (cut.start() if cut else len(after))
    if bounded:
        # a hedge on the other side of a contrast is not this trigger's ("renewed despite
        # rumours it might be cancelled")
        lo, hi = _contrast_side(text, lo, hi, trig.start, trig.end)
    side = text[lo:hi]
    concession = _CONCESSIVE_MAY_RE.search(text[max(0, trig.start - 45):trig.end]) and \
        _CONCESSION_BUT_RE.search(text, trig.end)
    if concession:
        # "X may have only returned in July, but ...": a concession grants what it tells
        side = _CONCESSIVE_MAY_RE.sub(" ", side)
    return bool(SPECULATIVE_RE.search(side) or IF_RE.search(side) or _reported(c))


#: "may have only", "might have already": with a "but" after it, a concession, no hedge.
_CONCESSIVE_MAY_RE = re.compile(r"(?i)\b(?:may|might) (?:well )?have (?:only |already |just )?"
                                r"(?=\w+(?:ed|en|un|wn)\b)")
_CONCESSION_BUT_RE = re.compile(r"(?i),\s+but\b")


def _reported(c: Candidate) -> bool:
    """Reported speech governs its own clause ("X was reportedly renewed"), a sentence it
    opens or closes as an attribution ("According to sources, ...", "..., sources say") and
    what an unnamed report frames earlier in the sentence ("reports indicated that ...",
    "multiple outlets reported that ..."); not a rumour about something else earlier in the
    sentence."""
    text, clause = c.text, c.clause
    if REPORTED_RE.search(text[max(clause[0], c.trigger.start - 90):c.trigger.start]):
        return True
    if REPORT_FRAME_RE.search(text[:c.trigger.start]):
        return True  # "reports indicated that X ... has been renewed": the frame governs it
    return any(ATTRIBUTION_RE.match(text[start:end]) for start, end in c.view.clauses
               if (start, end) != clause and (start == 0 or start >= clause[1]))


def _date_key(c: Candidate) -> tuple[str, str] | None:
    """The candidate's date and the publication date, as comparable strings."""
    if not c.date:
        return None
    key = datemod.sort_key(c.date)
    return key, c.ctx.article.published.isoformat()[: len(key)]


def _past_date(c: Candidate) -> bool:
    keys = _date_key(c)
    if keys is None:
        return False
    key, published_key = keys
    published = c.ctx.article.published
    near_today = len(key) == 10 and abs(
        (dt.date.fromisoformat(key) - published).days) <= 1
    return key < published_key or bool(near_today and TODAY_RE.search(_clause_text(c)))


def _future_date(c: Candidate) -> bool:
    keys = _date_key(c)
    return keys is not None and keys[0] > keys[1]


def _certainty_is(value: str) -> Action:
    def act(c: Candidate, found: Any) -> Candidate:
        return replace(c, certainty=value)
    return act


def _sibling_date(c: Candidate) -> str | None:
    """Several triggers of one kind in a sentence report one event ("renewals announced on
    Tuesday, picking up ..."): they share its date."""
    if c.date is not None or _decided_before_the_news(c):
        return None
    view = c.view
    ahead = FUTURE_MARK_RE.search(c.text[max(c.clause[0], c.trigger.start - 40):c.trigger.end])
    past = PAST_MARK_RE.search(c.text[max(c.clause[0], c.trigger.start - 12):c.trigger.end])
    return next((view.owned[j].value for j, other in enumerate(view.triggers)
                 if other.kind == c.kind and j in view.owned and j != c.index
                 # "A (which was renewed in April) will return": a past event and one to
                 # come are two events, told in either order ("X returns on June 12, a year
                 # after it was renewed")
                 and not (ahead and PAST_MARK_RE.search(c.text[max(0, other.start - 12):
                                                               other.end]))
                 and not (past and _ahead_of(c, other))), None)


def _ahead_of(c: Candidate, other: Trigger) -> bool:
    """The other trigger tells its event as ahead ("will return", "returns on June 12")."""
    words = c.text[other.start:other.end]
    return bool(FUTURE_MARK_RE.search(c.text[max(0, other.start - 40):other.end])
                or SCHEDULED_PRESENT_RE.search(words))


def _roundup_day(c: Candidate) -> bool:
    mention = c.date_mention
    return (mention is not None and mention.relative and c.certainty == "confirmed"
            and datemod.precision(c.date) == 4)


def _record_event_day(c: Candidate, found: Any) -> Candidate:
    # "On Tuesday the network axed six shows": the day of the round-up
    c.ctx.event_days.setdefault(c.kind, c.date or "")
    return c


def _shoot_going_on(c: Candidate) -> bool:
    """An undated start of a shoot told as a state that goes on ("is currently in
    production", "is in production on its second season"): its start is not told."""
    return (c.kind == "filming_started" and c.date is None
            and ONGOING_SHOOT_STATE_RE.search(
                c.text[max(c.clause[0], c.trigger.start - 30):c.trigger.end + 10]) is not None)


#: Right before a decision's verb, the pluperfect: "had (already) been renewed", "had
#: cancelled" (not "had just been renewed": news of the moment).
_PLUPERFECT_BEFORE_RE = re.compile(
    r"(?i)\bhad\s+(?!just\b)(?:(?:already|previously|earlier|long|since|also)\s+)?"
    r"(?:been\s+(?:(?:already|previously|quietly|officially)\s+)?)?$")


def _told_in_pluperfect(c: Candidate) -> bool:
    """An undated renewal or cancellation told in the pluperfect ("the drama had been renewed
    for a fourth series"): a decision before another past one, background to the news, never
    the news of the day."""
    return (c.kind in DECISIONS and c.date is None
            and _PLUPERFECT_BEFORE_RE.search(
                c.text[max(c.clause[0], c.trigger.start - 40):c.trigger.start]) is not None)


#: "recent" or "recently" right before a decision's word ("was recently renewed", "the recent
#: cancellations of", "recently picked up for"), with at most two words between, or right
#: after it ("has been renewed recently").
_RECENT_BEFORE_RE = re.compile(r"(?i)\brecent(?:ly)?\s+(?:[\w-]+\s+){0,2}$")
_RECENT_AFTER_RE = re.compile(r"(?i)^(?:\s+[\w-]+){0,3}?\s+recently\b")


def _told_recently(c: Candidate) -> bool:
    """An undated renewal or cancellation told as "recent": it came before the news, at a
    time the text does not give (the open labels leave all four such decisions undated; a
    shoot "recently wrapped" keeps the publication month, as its labels do)."""
    return (c.kind in DECISIONS and c.date is None
            and (_RECENT_BEFORE_RE.search(
                c.text[max(c.clause[0], c.trigger.start - 30):c.trigger.start]) is not None
                 or _RECENT_AFTER_RE.match(
                     c.text[c.trigger.end:min(c.clause[1], c.trigger.end + 30)]) is not None))


#: A decision told in a clause that hangs on another event, as the show's past (round 22,
#: ``date.decision_in_clause_undated``): "ran three seasons before it was cancelled",
#: "the comedy that was axed by Tovrel", "After rival Kestrel renewed Salt Road, ...". Not
#: "that was just axed" (news of the day: its labels keep the publication month).
#: The passive the decision is told in, up to its verb ("was", "had been abruptly"): one home
#: for both clauses' auxiliaries and adverbs (a relative clause's may tell its time too:
#: "that was originally axed").
_DECIDED_PASSIVE = r"(?i:was|were|got|had\s{1,3}been)\s{1,3}"
_DECIDED_ADVERBS = "abruptly|suddenly|unceremoniously|eventually|finally|ultimately|officially"
_DECISION_BEFORE_EVENT_RE = re.compile(
    rf"\b(?i:before|until)\s{{1,3}}(?:(?i:it|they)|(?i:the)\s{{1,3}}(?:{common_show_nouns(5)})|"
    r"[A-Z][\w'’.:-]{0,25}(?:\s{1,3}[A-Z][\w'’.:-]{0,25}){0,3})\s{1,3}"
    + _DECIDED_PASSIVE + rf"(?:(?i:{_DECIDED_ADVERBS})\s{{1,3}})?$")
_DECISION_RELATIVE_CLAUSE_RE = re.compile(
    r"(?<![,;:])\s(?i:that|which|who)\s{1,3}" + _DECIDED_PASSIVE
    + rf"(?:(?i:{_DECIDED_ADVERBS}|originally|initially|first|famously)\s{{1,3}})?$")
_OPENING_AFTER_DECIDER_RE = re.compile(
    r"^\W{0,3}(?i:after|once|when)\s{1,3}(?:(?i:rival|fellow|sister|parent)\s{1,3})?"
    r"[A-Z][\w&+.'’-]{0,25}(?:\s{1,3}[A-Z][\w&+.'’-]{0,25}){0,2}\s{1,3}"
    r"(?:(?i:had|originally|initially|first)\s{1,3})?$")


def _decided_in_clause(c: Candidate) -> bool:
    """An undated renewal or cancellation told in a clause that hangs on another event or on
    the show: before another past event ("lasted three seasons before it was cancelled"), in
    a relative clause of the show ("the comedy that was axed by Tovrel"), or in an opening
    "After <network> renewed X, ..." whose news is the main clause. The decision is the show's
    past, its time not told: no date, never the publication month of news that just happened
    (the open labels leave these undated)."""
    if c.kind not in DECISIONS or c.date is not None:
        return False
    before = c.text[max(0, c.trigger.start - 70):c.trigger.start]
    if _DECISION_BEFORE_EVENT_RE.search(before) or _DECISION_RELATIVE_CLAUSE_RE.search(before):
        return True
    opening = c.text[:c.trigger.start]
    return (_OPENING_AFTER_DECIDER_RE.match(opening) is not None
            and "," in c.text[c.trigger.end:])


#: Round 39 (r39strict, ``date.decision_describes_show_undated``): the decision's subject,
#: a network or a name ("Kestrel", "the network", "it", "they"), between a describing clause's
#: opener and the decision's verb, an adverb of its past at most.
_DESCRIBING_SUBJECT = (
    rf"(?:(?i:it|they|the\s{{1,3}}(?:network|streamer|channel|broadcaster|studio|"
    rf"{common_show_nouns(5)}))|(?:the\s{{1,3}})?[A-Z][\w&+.'’-]{{0,25}}"
    r"(?:\s{1,3}[A-Z][\w&+.'’-]{0,25}){0,2})\s{1,3}"
    rf"(?:(?i:had|{_DECIDED_ADVERBS}|originally|initially|first|famously)\s{{1,3}})?")
#: Before the decision's verb, a clause that tells the show's past, not the news: a time
#: clause of an earlier event ("ran two seasons before Kestrel cancelled it", "ever since
#: Kestrel cancelled X", "until Tovrel axed it"), a relative clause of the show with its own
#: subject ("X, which Kestrel cancelled after two seasons"), a passive infinitive ("ran two
#: seasons before being cancelled", "only to be axed by Kestrel"). "after" is left to the
#: news it may be ("days after Fox axed X": its labels keep the publication month).
_DESCRIBING_CLAUSE_BEFORE_RE = re.compile(
    rf"\b(?:(?i:before|since|until|till)\s{{1,3}}{_DESCRIBING_SUBJECT}"
    rf"|(?i:which|whom)\s{{1,3}}{_DESCRIBING_SUBJECT}"
    r"|(?i:before|only\s{1,3}to|just\s{1,3}to)\s{1,3}(?i:being|be|getting|get)\s{1,3}"
    rf"(?:(?i:{_DECIDED_ADVERBS})\s{{1,3}})?)$")
#: A decision's participle set off by commas after the show's name, the sentence's own verb
#: after the closing comma ("X, axed by Kestrel after two seasons, remains a favourite"):
#: the show described, its past; the closing comma and a verb of the main clause after it.
_APPOSITIVE_DECISION_BEFORE_RE = re.compile(r"[A-Za-z0-9\"”’')],\s{1,3}$")
_APPOSITIVE_DECISION_AFTER_RE = re.compile(
    r"[^,;:.!?()]{0,60},\s{1,3}(?i:is|was|are|were|remains|remained|has|had|have|will|would|"
    r"still|later|now|became|becomes|went|goes|returns|returned|found|finds|lives)\b")


def _decision_describes_show(c: Candidate) -> bool:
    """``date.decision_describes_show_undated`` (round 39, r39strict): an undated renewal or
    cancellation told in a clause that describes the show's past rather than reports the news:
    a time clause with its own subject ("before Kestrel cancelled it", "ever since Tovrel
    axed X"), a relative clause with its own subject ("which Kestrel cancelled after two
    seasons"), a passive infinitive ("before being cancelled", "only to be axed"), or a
    participle set off by commas between the show and its verb ("X, axed by Kestrel after two
    seasons, remains ..."). Its time is not told: no date, never the publication month."""
    if c.kind not in DECISIONS or c.date is not None:
        return False
    start = max(c.clause[0], c.trigger.start - 70)
    if _DESCRIBING_CLAUSE_BEFORE_RE.search(c.text[start:c.trigger.start]):
        return True
    return (_trigger_text(c).lower() in _DESCRIBING_PARTICIPLES | {"renewed", "dropped"}
            and _APPOSITIVE_DECISION_BEFORE_RE.search(c.text, max(0, c.trigger.start - 5),
                                                      c.trigger.start) is not None
            and _APPOSITIVE_DECISION_AFTER_RE.match(c.text, c.trigger.end) is not None)


#: Round 39 (``date.decision_in_past_record_undated``): a time that frames the network's or
#: the show's record rather than a day of news ("in the past", "in recent months", "over the
#: last few years", "over the years").
_PAST_RECORD_TIME = (
    r"(?:in\s{1,3}the\s{1,3}past|in\s{1,3}years\s{1,3}past|over\s{1,3}the\s{1,3}years|"
    r"in\s{1,3}recent\s{1,3}(?:weeks|months|years)|over\s{1,3}the\s{1,3}(?:past|last)\s{1,3}"
    r"(?:(?:few|several|couple\s{1,3}of)\s{1,3})?(?:weeks|months|years))")
_PAST_RECORD_TIME_RE = re.compile(rf"(?i)\b{_PAST_RECORD_TIME}\b")
#: The record's time opening the sentence before a comma ("In the past, Kestrel has ...").
_PAST_RECORD_OPENING_RE = re.compile(rf"(?i)^\W{{0,3}}{_PAST_RECORD_TIME}\s{{0,3}},")
#: Before a name, the other shows of a record the news joins: "Other Kestrel shows to be
#: cancelled include", "a string of cancellations, including", "follows those of", "the
#: shows it has axed before include". The name after it is the record's, not the news.
_PAST_RECORD_LIST_RE = re.compile(
    rf"(?i)\b(?:(?:other|previous|past|earlier|prior)\s{{1,3}}(?:[\w’'-]+\s{{1,3}}){{0,2}}?"
    rf"(?:{common_show_nouns(5, plural=True)}|titles|originals|cancell?ations|renewals)\b"
    r"[^.;:!?]{0,50}?\b(?:include[sd]?|including|such\s{1,3}as)"
    r"|\b(?:string|run|spate|slew|wave|line|list|series)\s{1,3}of\s{1,3}(?:[\w’'-]+\s{1,3}){0,2}?"
    rf"(?:cancell?ations|renewals|{common_show_nouns(5, plural=True)})\b"
    r"[^.;:!?]{0,50}?\b(?:include[sd]?|including|such\s{1,3}as)"
    r"|\bfollow(?:s|ed|ing)?\s{1,3}(?:those|the\s{1,3}(?:cancell?ations?|axings?|renewals?))"
    r"\s{1,3}of)\b")
#: The words one of which every match of the three record patterns above spells (round 39,
#: r39speedback): a sentence with none is told as no record (``tests/test_speed_round39.py``
#: proves it against the patterns).
_PAST_RECORD_NEEDS = ("follow", "includ", "months", "past", "such", "weeks", "years")


def _decision_in_past_record(c: Candidate) -> bool:
    """``date.decision_in_past_record_undated`` (round 39, r39strict): an undated renewal or
    cancellation told as part of a record, not as the news: framed by a time of the record
    ("In the past, Kestrel has cancelled X", "has also axed X and Y in recent months") or
    named after the record's lead-in ("Other Kestrel shows to be cancelled include X", "a
    string of cancellations including X", "The cancellation follows those of X"). Its time is
    not told: no date, never the publication month."""
    if c.kind not in DECISIONS or c.date is not None \
            or not holds_one(c.view.lowered, _PAST_RECORD_NEEDS):
        return False
    if _PAST_RECORD_TIME_RE.search(_clause_text(c)) or (
            _PAST_RECORD_OPENING_RE.match(c.text)
            and c.text.find(",") < c.trigger.start):
        return True
    # the record's lead-in holds the trigger or follows it, and the names after it are the
    # record's ("Other Kestrel shows to be cancelled include X and Y"); not when a name is the
    # decision's own, between it and the lead-in or owning it ("The cancellation of X follows
    # those of Y", "X's cancellation follows ...": X is the news)
    lead = _PAST_RECORD_LIST_RE.search(c.text, max(c.clause[0], c.trigger.start - 80))
    if lead is None or c.trigger.start >= lead.end():
        return False
    names = c.view.mentions
    return (any(m.start >= lead.end() for m in names)
            and not any(c.trigger.end <= m.start < lead.end() for m in names)
            and not any(m.end <= c.trigger.start and c.text.startswith(("'s", "’s"), m.end)
                        for m in names))


#: Right before a decision's trigger told as an -ing form: "after" and, at most, the time
#: since ("a week after |ordering", "just days after |renewing it", "only months after
#: |cancelling"). Used on the 50 characters before the trigger, anchored at their end.
_AFTER_DOING_BEFORE_RE = re.compile(
    r"(?i)\bafter\s{1,3}(?:having\s{1,3})?\Z")
#: The trigger's first word, an -ing form or a passive's "being" ("ordering a third
#: season", "renewing", "being renewed").
_DOING_TRIGGER_RE = re.compile(r"(?i)(?:[a-z-]{2,20}ing|being)\b")


def _decided_before_the_news(c: Candidate) -> bool:
    """``date.decision_before_the_news``: a renewal or a cancellation told in an -ing form
    after "after" ("a week after ordering a third season", "days after renewing it") in a
    sentence whose news, before it, is the other decision ("Kestrel scrapped its renewal of
    X on Monday, a week after ordering a third season", "cancelled X just days after renewing
    it"): the decision came before the news and the sentence's day is not its own; no date,
    never a sibling trigger's day nor the publication month (round 32)."""
    if c.kind not in DECISIONS or c.date is not None or not _AFTER_DOING_BEFORE_RE.search(
            c.text, max(0, c.trigger.start - 50), c.trigger.start) or \
            not _DOING_TRIGGER_RE.match(c.text, c.trigger.start):
        return False
    return any(other.kind in DECISIONS and other.kind != c.kind
               and other.end <= c.trigger.start for other in c.view.triggers)


@memo.lru(maxsize=64)
def _tracker_title(title: str) -> bool:
    """An article's headline is a tracker's (``TRACKER_TITLE_RE``), searched once per headline,
    not once per candidate (round 39, r39speedback)."""
    return TRACKER_TITLE_RE.search(title) is not None


def _undated_news(c: Candidate) -> bool:
    """An undated confirmed event the text does not tell as past, background or going on: what
    ``date.publication_month`` and ``date.reported_now`` may date."""
    clause_text = _clause_text(c)
    return (c.date is None and c.certainty == "confirmed" and not _told_as_background(c)
            and not _shoot_going_on(c) and not _told_in_pluperfect(c)
            and not _told_recently(c) and not _decided_in_clause(c)
            and not _decision_describes_show(c) and not _decision_in_past_record(c)
            and not _decided_before_the_news(c)
            and not ALREADY_RE.search(clause_text)
            and not (c.kind in ("filming_started", "filming_wrapped")
                     and AFTER_OTHER_EVENT_RE.search(clause_text))
            and not _tracker_title(c.ctx.article.title))


def _just_happened(c: Candidate) -> bool:
    clause_text = _clause_text(c)
    ctx = c.ctx
    return _undated_news(c) and bool(JUST_HAPPENED_RE.search(clause_text) or (
        (c.kind in ctx.headline_kinds or not ctx.headline_any)
        and not EARLIER_RE.search(clause_text)))


def _reported_now(c: Candidate) -> bool:
    """``date.reported_now`` (round 40): an undated renewal or cancellation whose clause the
    next clause of the sentence reports as news in the present perfect ("X will return for a
    third series after all, Kestrel has confirmed, …"): told now, the publication month, even
    under a headline that names a season and no decision ("X saved: series 3 back on")."""
    if c.kind not in DECISIONS or c.date is not None or EARLIER_RE.search(_clause_text(c)):
        return False
    end = c.clause[1]
    after = next((clause for clause in c.view.clauses if clause[0] >= end), None)
    return (after is not None and after[0] - end <= 3
            and REPORTED_NOW_RE.match(c.text, after[0], after[1]) is not None
            and _undated_news(c))


def _premiere_just_happened(c: Candidate) -> bool:
    """An undated season premiere told as just happened ("has finally landed on the streamer"),
    not in a tracker, not told as earlier."""
    clause_text = _clause_text(c)
    return (c.date is None and c.certainty == "confirmed"
            and not _tracker_title(c.ctx.article.title)
            and not EARLIER_RE.search(clause_text)
            and PREMIERE_JUST_RE.search(
                c.text[max(c.clause[0], c.trigger.start - 25):c.trigger.end + 12]) is not None)


#: A sentence that leads in to a list of shows under it: it ends with a colon and speaks of
#: shows in the plural ("The following shows have been cancelled:", "These series are coming
#: back:").
_LIST_LEAD_IN_RE = re.compile(
    rf"(?i)\b(?:following|these|those|{common_show_nouns(4, plural=True)}|titles|programmes|"
    r"programs)"
    r"\b[^:]{0,120}:\s{0,3}$")


#: A loss told of a list's shows ("we've already lost", "said goodbye to"): a tally so far.
_LOSS_RE = re.compile(r"(?i)\b(?:lost|goodbye)\b")


def _already_this_year(c: Candidate) -> bool:
    """An undated tally of losses (three shows or more) the clause tells as already suffered
    ("we've already lost A, B and C"): the year's tally so far; the month is not known. A
    decision's own verb told as already made ("already renewed A, B and C") is left undated:
    dating those too lost 7 strict hits on 001-074 (labelled undated there) for 4 on 075+."""
    return (c.date is None and c.certainty == "confirmed"
            and _LOSS_RE.search(_trigger_text(c)) is not None
            and len(c.view.governed(c.trigger)) >= 3
            and not _tracker_title(c.ctx.article.title)
            and bool(ALREADY_RE.search(_clause_text(c))))


def _headline_decisions_year(c: Candidate) -> str | None:
    """``date.headline_year_of_decisions`` (round 39, r39strict): for a decision the article
    would date by its publication month, the year its headline frames the article's decisions
    of that kind in ("Every TV Show Cancelled in 2026 So Far", "The Shows Kestrel Has Axed This
    Year"): a year not after the publication's. The headline names the period, not a month."""
    if c.kind not in DECISIONS:
        return None
    # the headline first: one search of a short line, where ``_just_happened`` reads the
    # clause through a dozen patterns (round 39, r39speedback; both are pure)
    frame = _headline_decisions_frame(c.ctx.article.title)
    if frame is None or frame[0] != (c.kind == "renewed") or not _just_happened(c):
        return None
    published = c.ctx.article.published
    year = frame[1] or str(published.year)
    return year if int(year) <= published.year else None


@memo.lru(maxsize=64)
def _headline_decisions_frame(title: str) -> tuple[bool, str | None] | None:
    """What ``HEADLINE_DECISIONS_YEAR_RE`` reads in a headline, searched once per headline
    (round 39, r39speedback): whether its decisions are renewals, and the year it names (None:
    "this year"); None when it frames no year's decisions."""
    found = HEADLINE_DECISIONS_YEAR_RE.search(title)
    if found is None:
        return None
    return found.group("kind").lower() == "renew", found.group("year") or found.group("yearof")


def _dated_as(c: Candidate, found: Any) -> Candidate:
    return replace(c, date=found, inferred=True)


def _publication_year(c: Candidate, found: Any) -> Candidate:
    return replace(c, date=f"{c.ctx.article.published.year:04d}", inferred=True)


def _publication_month(c: Candidate, found: Any) -> Candidate:
    published = c.ctx.article.published
    return replace(c, date=f"{published.year:04d}-{published.month:02d}", inferred=True)


def _lead_day(c: Candidate) -> datemod.DateMention | None:
    """For an undated headline premiere whose trigger names a date ("Premiere Date Set"), the
    first full day in the article's opening lines (the date the headline announces)."""
    if c.date is not None or not c.view.is_title or not HEADLINE_DATE_NOUN_RE.match(
            c.text[c.trigger.end:c.trigger.end + 12]):
        return None
    lead = c.ctx.article.text[:400]
    days = [d for d in datemod.find_dates(lead, c.ctx.article.published, future=True)
            if datemod.precision(d.value) == 4 and not d.relative
            and d.value > c.ctx.article.published.isoformat()]
    return days[0] if days else None


#: The verbs that take back a decision already told (round 23): "reversed", "walked back",
#: "overturned", "undid", "retracted", "rescinded", "revoked" — the same undoing whichever
#: decision they take back.
_REVERSAL_VERBS = (r"(?i:revers(?:e|es|ed|ing)|undo(?:es|ing|ne)?|undid|overturn(?:s|ed|ing)?|"
                   r"walk(?:s|ed|ing)?\s{1,3}back|retract(?:s|ed|ing)?|rescind(?:s|ed|ing)?|"
                   r"revok(?:e|es|ed|ing))")
#: Their participles, as a passive tells the taking back ("has been reversed", "was walked
#: back"): read after a renewal noun and after a cancellation noun alike.
_REVERSAL_PARTICIPLES = r"reversed|overturned|undone|walked\sback|retracted|rescinded|revoked"
#: Between a reversal verb and the decision noun it takes back: a determiner, then a show's
#: name, a season or a qualifier — no word that starts another phrase ("reversed course
#: before its cancellation" takes nothing back).
_TAKEN_BACK_BETWEEN = (
    r"(?:(?i:the|its|their|a|an)\s{1,3})?"
    r"(?:(?!(?i:course|itself|before|after|since|following|amid|ahead|with|and|but|or|of|"
    r"on|in|over|to|for|from|its|the|their)\b)[\w.&'’-]{1,25}\s{1,3}){0,4}")
#: Right before a decision noun, a reversal verb taking it back ("reversed its", "walked back
#: Glass Harbor's"): a cancellation's undoing, and one way of undoing a renewal.
_TAKEN_BACK_BEFORE_NOUN = rf"\b{_REVERSAL_VERBS}\s{{1,3}}{_TAKEN_BACK_BETWEEN}$"
#: A renewal noun: the trigger a verb can undo ("the season 3 order", "its renewal").
_RENEWAL_NOUN_END_RE = re.compile(r"(?i)(?:renewal|order|pick-?up)s?$")
#: Right before a renewal noun, a verb that undoes it, with only a determiner, a show's
#: possessive, a season and a qualifier between: "cancelled the third-season", "pulled its
#: season 3", "scrapped Glass Harbor's".
_UNDO_BEFORE_NOUN_RE = re.compile(
    r"\b(?i:cancell?(?:ed|s|ing)?|scrap(?:s|ped|ping)?|rescind(?:s|ed|ing)?|"
    r"revok(?:e|es|ed|ing)|pull(?:s|ed|ing)?|withdr(?:ew|aws?|awn|awing)|nix(?:es|ed)?|"
    r"call(?:s|ed|ing)?\s{1,3}off|axe[ds]?|axing)\s{1,3}"
    r"(?:(?i:the|its|their|a|an)\s{1,3})?(?:[\w.&'’-]{1,25}\s{1,3}){0,4}$"
    r"|" + _TAKEN_BACK_BEFORE_NOUN)
#: Right after a decision noun, the passive its taking back is told in ("renewal has been
#: ...", "the cancellation of X was ..."): ``_UNDONE_AFTER_NOUN_RE`` and
#: ``_UNCANCELLED_AFTER_NOUN_RE`` end it with their verbs.
_PASSIVE_AFTER_NOUN = (
    r"(?i)^s?(?:\s(?:of|for)\s[^.;,]{1,40}?)?\s(?:has|have|had)?\s?(?:been|was|were|got|is "
    r"being)\s(?:\w+\s)?")
#: Right after a renewal noun, its undoing in the passive: "renewal has been cancelled", "the
#: renewal of X was called off".
_UNDONE_AFTER_NOUN_RE = re.compile(
    _PASSIVE_AFTER_NOUN + r"(?:cancell?ed|scrapped|pulled|withdrawn|called\soff|axed|nixed|"
    + _REVERSAL_PARTICIPLES + r")\b")
#: A cancellation noun: the trigger a verb can take back ("its cancellation", "the axing").
_CANCELLATION_NOUN_END_RE = re.compile(r"(?i)(?:cancell?ation|axing)s?$")
#: Right before a cancellation noun, a verb that takes it back, with only a determiner, a
#: show's possessive, a season and a qualifier between: "reversed its cancellation",
#: "walked back Glass Harbor's", "overturned the surprise".
_UNCANCEL_BEFORE_NOUN_RE = re.compile(_TAKEN_BACK_BEFORE_NOUN)
#: Right after a cancellation noun, its taking back in the passive: "the cancellation of X
#: has been reversed", "X's cancellation was overturned".
_UNCANCELLED_AFTER_NOUN_RE = re.compile(
    _PASSIVE_AFTER_NOUN + rf"(?:{_REVERSAL_PARTICIPLES})\b")


def _renewal_undone(c: Candidate) -> bool:
    """A renewal noun whose own verb undoes it (see ``kind.renewal_undone_is_cancellation``)."""
    trig = c.text[c.trigger.start:c.trigger.end]
    if not _RENEWAL_NOUN_END_RE.search(trig):
        return False
    before = c.text[max(c.clause[0], c.trigger.start - 60):c.trigger.start]
    after = c.text[c.trigger.end:min(c.clause[1], c.trigger.end + 70)]
    return bool(_UNDO_BEFORE_NOUN_RE.search(before) or _UNDONE_AFTER_NOUN_RE.match(after))


def _cancellation_undone(c: Candidate) -> bool:
    """A cancellation noun whose own verb takes it back (see
    ``kind.cancellation_undone_is_renewal``)."""
    trig = c.text[c.trigger.start:c.trigger.end]
    if not _CANCELLATION_NOUN_END_RE.search(trig):
        return False
    before = c.text[max(c.clause[0], c.trigger.start - 60):c.trigger.start]
    after = c.text[c.trigger.end:min(c.clause[1], c.trigger.end + 70)]
    return bool(_UNCANCEL_BEFORE_NOUN_RE.search(before)
                or _UNCANCELLED_AFTER_NOUN_RE.match(after))


def _undone_to_renewal(c: Candidate, found: Any) -> Candidate:
    """The show's renewal (its revival), told now, unless a renewal word of the sentence
    gives it; the cancellation taken back kept as the show's past, with no date (the mirror
    of ``_undone_to_cancellation``)."""
    own = any(t.kind == "renewed" for t in c.view.triggers)
    past = ("cancelled", None, c.certainty)
    if own:
        return replace(c, date=None, date_mention=None, inferred=False)
    return replace(c, kind="renewed", also=(*c.also, past))


def _undone_to_cancellation(c: Candidate, found: Any) -> Candidate:
    """The undone renewal kept as the show's past, with no date (as "reversing its renewal"
    is); the cancellation, dated as the renewal was (news of now), unless the sentence states
    it in a cancellation word of its own ("has been cancelled": that trigger gives it)."""
    own = any(t.kind == "cancelled" for t in c.view.triggers)
    also = c.also if own else (*c.also, ("cancelled", c.date, c.certainty))
    return replace(c, date=None, date_mention=None, inferred=False, also=also)


def _return_told_by_premiere(c: Candidate) -> bool:
    """A return ("will be back", "is returning") with no date of its own, followed in its
    clause by a dated premiere trigger: the sentence tells one event, the premiere."""
    if (c.date is not None and not c.inferred) or not RETURN_FAMILY_RE.search(_trigger_text(c)):
        return False
    return any(t.kind == "premiere" and i in c.view.owned and c.trigger.end <= t.start
               < c.clause[1] and not TRIGGER_EXCLUDE["premiere"].search(
                   c.text[max(c.clause[0], t.start - 70):t.end + 25])
               for i, t in enumerate(c.view.triggers))


def _at_the_earliest(c: Candidate) -> bool:
    mention = c.date_mention
    return mention is not None and EARLIEST_RE.search(
        c.text[c.trigger.start:min(len(c.text), mention.end + 30)]) is not None


def _announced(c: Candidate) -> bool:
    """The candidate's date is the day something was announced ("confirmed in March", "In
    March, Kestrel said")."""
    return c.date_mention is not None and (c.date_mention in c.view.announced
                                           or _opens_announcement(c, c.date_mention))


#: Right before a date a renewal's clause owns, words that make it the renewed season's
#: arrival ("renewed for a second season, due in March", "picked up for a season slated for
#: spring", "renewed for a third season coming next year"): the premiere's time, not the
#: decision's.
_ARRIVAL_CUE_RE = re.compile(
    r"(?i)\b(?:due|set|slated|scheduled|pencil+ed in|expected|arriving|coming|premiering|"
    r"debuting|returning|launching|landing|(?:to|will|would)\s+(?:premiere|debut|return|arrive|"
    r"air|launch|bow|stream|drop|land|hit|be released|be back|come back))"
    r"(?:\s+(?:back|out|on \w+))?(?:\s+(?:for|in|on|by|around|sometime in|at|as soon as))?"
    r"\s*(?:the\s+)?$")
#: A date of another event the decision is placed before: "renewed ahead of its May 3
#: finale", "days before its finale on May 3", "weeks before the season 2 premiere in June".
_BEFORE_OTHER_EVENT_RE = re.compile(
    r"(?i)\b(?:ahead of|before|prior to)\s+(?:its|the|their|this|next)\s+"
    r"(?P<attr>[\w ,.-]{0,30}?\s)?(?:season(?: \w+)? |series )?"
    r"(?:finale|premiere|debut|launch|return|bow|airing|episode)\b(?P<after>\s+on\s+)?")


def _renewed_season_arrival(c: Candidate) -> datemod.DateMention | None:
    """The date a renewal owns when the words before it make it the renewed season's arrival."""
    mention = _owned(c)
    if mention is None or mention.start < c.trigger.end:
        return None
    gap = c.text[c.trigger.end:mention.start]
    if len(gap) > 70 or re.search(r"[;:()]|\band\b", gap):
        return None
    return mention if _ARRIVAL_CUE_RE.search(gap[-40:]) else None


def _arrival_is_premiere(c: Candidate, mention: datemod.DateMention) -> Candidate:
    """The renewal keeps no date of its own (the fallbacks give it one); the renewed season's
    premiere takes the date, read ahead."""
    again = datemod.find_dates(mention.text, c.ctx.article.published, future=True)
    if len(again) == 1 and again[0].text == mention.text:
        mention = replace(mention, value=again[0].value)
    premiere = run_stage("certainty", replace(c, kind="premiere", date=mention.value,
                                              date_mention=mention))
    assert premiere is not None
    return replace(c, date=None, date_mention=None,
                   also=(*c.also, ("premiere", mention.value, premiere.certainty)))


def _other_event_date(c: Candidate) -> bool:
    """The date a decision owns is that of another event it came before."""
    mention = _owned(c)
    if mention is None:
        return False
    for match in _BEFORE_OTHER_EVENT_RE.finditer(c.text, c.clause[0]):
        attr = match.group("attr")
        if attr and match.start("attr") <= mention.start and mention.end <= match.end("attr"):
            return True
        if match.group("after") and mention.start == match.end():
            return True
    return False


def _later_premiere(c: Candidate) -> bool:
    """A renewal dated well after the article: that date is the season's return, not the
    decision's ("renewed for a fourth series in 2018")."""
    if c.date is None or c.inferred or _announced(c) or datemod.precision(c.date) == 4:
        return False
    mention = c.date_mention
    if mention is not None and HORIZON_BEFORE_RE.search(c.text[max(0, mention.start - 12):
                                                               mention.start]):
        return False  # "renewed through 2026": how long the renewal runs
    if RETURN_FAMILY_RE.search(_trigger_text(c)) and not ANNOUNCE_RE.search(c.text):
        return False  # "is expected to return in 2024": no news of a renewal here
    start = datemod.start_date(c.date)
    return start is not None and (start - c.ctx.article.published).days > 45


#: Between a count and the time its episodes arrive: "ten episodes in 2025", "13 more
#: episodes in summer 2030" (nothing else: "ten episodes were shot in 2023" has a verb).
_COUNT_TIME_GAP_RE = re.compile(r"(?i)\s{1,3}(?:in|by|during|from|for)\s{1,3}(?:early\s|late\s)?")
#: A count's clause that tells the episodes made or aired, not coming: their time is no
#: premiere's.
_COUNT_MADE_RE = re.compile(
    r"(?i)\b(?:shot|shoot\w*|film\w*|written|writ\w*|produc\w*|wrap\w*|aired|ran|was|were|"
    r"had|cost\w*|budget\w*|watch\w*|viewers?|ratings?|seen|lost|cut)\b")


def _count_arrives_later(c: Candidate) -> Any:
    """"15 episodes in summer 2030" (a tracker's line, "the drama gets ten episodes in
    2030"): a count whose episodes are given a time ahead of the article tells the season's
    arrival then, as a renewal dated ahead does (``kind.later_date_is_premiere_too``)."""
    if c.index is not None or _COUNT_MADE_RE.search(_clause_text(c)):
        return None
    for mention in c.view.dates:
        gap = c.text[c.trigger.end:mention.start]
        if mention.start >= c.trigger.end and _COUNT_TIME_GAP_RE.fullmatch(gap) \
                and datemod.precision(mention.value) != 4 \
                and datemod.is_after(mention.value, c.ctx.article.published):
            return mention
    return None


def _count_premiere_too(c: Candidate, mention: Any) -> Candidate:
    return replace(c, also=(*c.also, ("premiere", mention.value, "expected")))


def _premiere_too(c: Candidate, found: Any) -> Candidate:
    premiere = run_stage("certainty", replace(c, kind="premiere"))
    assert premiere is not None
    return replace(c, date=None, date_mention=None,
                   also=(*c.also, ("premiere", c.date, premiere.certainty)))


def _return_to_premiere(c: Candidate, found: Any) -> Candidate | None:
    """"returns for its second season in 2024" dates a premiere: its certainty is read again."""
    return run_stage("certainty", replace(c, kind="premiere"))


# --- targets ---------------------------------------------------------------------------------


def _season_of_named(c: Candidate) -> list[int] | None:
    """The show whose season the trigger's own phrase names with "of", at most four words
    after it in the clause: "renewed Jane Doe for a second season of X", "Jane Doe has wrapped
    filming on season 2 of X". The nearer name (a person, a host) is not what the season is
    of."""
    view = c.view
    ends_on_season = _SEASON_END_RE.search(_trigger_text(c)) is not None
    for i, mention in enumerate(view.mentions):
        if mention.start < c.trigger.end:
            continue
        if mention.start >= c.clause[1] or mention.start - c.trigger.end > 120:
            return None
        gap = c.text[c.trigger.end:mention.start]
        if ends_on_season:
            gap = " season" + gap  # the phrase ends on the season: "renewed X for a season"
        if SEASON_OF_GAP_RE.match(gap) is not None:
            # "a second season of Ada Finch's period drama X": the season is X's (round 24)
            owned = owned_titles(c.text, view.mentions).get(i)
            if owned is not None:
                _note_set_aside(c, view.mentions[i].show, "target.owner_of_title")
                i = owned
            items = _season_of_list(c, i)
            if len(items) > 1 and not set(items) <= set(view.governed(c.trigger) or ()):
                return items
            return None if _is_nearest(c, i) and owned is None else [i]
    return None


#: Between two items of a list of seasons, each with its own note ("season 3 of X (June 4),
#: season 2 of Y (June 11) and the new drama Z"): the first item's note (a parenthesis, "on"
#: a date), the join, and the next item's own lead: a season "of", a debut or return "of", or
#: a kind of show (round 24).
_SEASON_LIST_GAP_RE = re.compile(
    r"[\"”’']?(?:\s{0,2}\([^()]{1,40}\))?(?:\s{1,3}on\s{1,3}[A-Z][a-z]{2,8}\.?\s{1,3}\d{1,2}"
    r"(?:st|nd|rd|th)?)?\s{0,2}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})(?:the\s{1,3}|a\s{1,3})?"
    r"(?:(?:(?:\w+\s{1,3})?(?:season|series|run|debut|return|premiere)|(?:season|series)\s{1,3}\d{1,2})"
    r"\s{1,3}of\s{1,3}|(?:(?:new|returning|limited|hit|animated)\s{1,3})?(?:[a-z-]{3,15}\s{1,3})?"
    r"(?:" + kind_alt(DESCRIBED_KINDS) + r")\s{1,3})"
    r"[\"“‘']?\Z")


def _note_set_aside(c: Candidate, phrase: str, rule: str) -> None:
    """Tell ``--explain`` that ``rule`` set ``phrase`` aside for this candidate."""
    note_set_aside(c.text, c.kind, phrase, rule)


def note_set_aside(sentence: str, kind: str, phrase: str, rule: str) -> None:
    """Tell ``--explain`` (when a trace is active) that ``rule`` set ``phrase`` aside in
    ``sentence``; a reading asked for again soon after (among the trace's last eight events)
    notes nothing new."""
    trace = active()
    if trace is None:
        return
    event = Event(sentence, kind, phrase, [], check(rule))
    if event not in trace.events[-8:]:
        trace.events.append(event)


def _season_of_list(c: Candidate, first: int) -> list[int]:
    """The mention ``first`` and the items after it that the list of seasons it opens
    names, each led by its own season, debut or kind ("season 3 of X (June 4), season 2 of Y
    (June 11) and the new drama Z"), in the trigger's sentence."""
    mentions, text = c.view.mentions, c.text
    items = [first]
    while items[-1] + 1 < len(mentions) and _SEASON_LIST_GAP_RE.match(
            text[mentions[items[-1]].end:mentions[items[-1] + 1].start]):
        items.append(items[-1] + 1)
    return items


#: A premiere trigger's words before where the show goes ("returns to", "comes back to",
#: "comes to", "heads to"): the name right after them is the place, as inside
#: ``RETURN_TO_PLACE_RE`` (round 34).
_GOES_TO_END_RE = re.compile(
    r"(?i)\b(?:return(?:s|ed|ing)?|(?:comes?|coming|came)(?:\s{1,2}back)?|back|"
    r"heads?|heading)\s{1,2}to(?:\s{1,2}the)?$")


def _return_subject(c: Candidate) -> list[int] | None:
    """The subject of a return told with where it goes ("X returns to Kestrel for a third
    season"): the last show named before the trigger in its clause, when a name stands inside
    the trigger's "to ... for" (a network no list holds reads as a title and is the nearer),
    or right after a premiere trigger's "returns to", "comes to" ("X season 2 returns to
    Kestrel in July", round 34)."""
    mentions = c.view.mentions
    if RETURN_TO_PLACE_RE.search(_trigger_text(c)):
        if not any(c.trigger.start <= m.start < c.trigger.end for m in mentions):
            return None
    elif c.kind != "premiere" or not any(
            c.trigger.start < m.start <= c.trigger.end + 6 and _GOES_TO_END_RE.search(
                c.text[max(c.trigger.start, m.start - 30):m.start].rstrip())
            for m in mentions):
        return None
    before = [i for i, m in enumerate(mentions)
              if c.clause[0] <= m.start and m.end <= c.trigger.start]
    return [before[-1]] if before else None


_SEASON_END_RE = re.compile(r"(?i)\b(?:season|series)(?:\s{1,3}(?:\d{1,2}|one|two|three|four|five|"
                            r"six|seven|eight|nine|ten))?$")


def _is_nearest(c: Candidate, index: int) -> bool:
    """The mention is already among those the trigger governs (the nearest, or an item of
    the list it governs: "picked up a 21st season of X, a 20th season of Y")."""
    return index in (c.view.governed(c.trigger) or ())


def _governed_mentions(c: Candidate) -> list[int] | None:
    view = c.view
    chosen = view.governed(c.trigger)
    if not chosen:
        return None
    position = c.trigger.start
    mentions = view.mentions
    if (min(abs(mentions[i].start - position) for i in chosen) < 150
            or view.clause_of(mentions[chosen[0]].start) == c.clause):
        return chosen
    return None


def _is_place_before_debut(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` stands between "its" / "their" and a premiere noun ("makes
    its Tovrel debut", "gets its UK premiere"): the premiere's place, not its show."""
    return (PLACE_BEFORE_DEBUT_BEFORE_RE.search(text[max(0, start - 40):start]) is not None
            and PLACE_BEFORE_DEBUT_AFTER_RE.match(text, end) is not None)


def _show_over_place_before_debut(c: Candidate) -> list[int] | None:
    """``target.show_over_place_before_debut``: every name ``target.nearest_mention`` would
    take is a premiere's place ("The Kestrel drama Salt Road makes its Tovrel debut on July
    14": Tovrel); the fact goes to the nearest other name of the trigger's clause, else to
    the nearest named before the trigger, else None (the default reading stands)."""
    chosen = _governed_mentions(c)
    if not chosen:
        return None
    mentions, text = c.view.mentions, c.text
    if not all(_is_place_before_debut(text, mentions[i].start, mentions[i].end) for i in chosen):
        return None
    start, end = c.clause
    position = c.trigger.start
    others = [i for i, m in enumerate(mentions) if i not in chosen
              and not _is_place_before_debut(text, m.start, m.end)]
    # the clause's own name first, else one named before the trigger ("Salt Road, the Kestrel
    # drama, makes its Tovrel debut")
    inside = [i for i in others if start <= mentions[i].start and mentions[i].end <= end]
    before = [i for i in others if mentions[i].end <= position]
    pool = inside or before
    if not pool:
        return None
    return [min(pool, key=lambda i: abs(mentions[i].start - position))]


def _owned_mentions(c: Candidate) -> list[tuple[int, int]] | None:
    """The mentions ``target.nearest_mention`` would take, with a name standing as the owner of
    a kind of show put aside: "a second series of Dana Holt's comedy X" is X's (the title right
    after the kind of show, with the season phrase the owner stood next to), "X, Dana Holt's
    drama," only X's. Pairs (the mention taken, the mention whose season phrase it keeps);
    None when no chosen name is such an owner."""
    chosen = _governed_mentions(c)
    if not chosen:
        return None
    mentions, text = c.view.mentions, c.text
    out: list[tuple[int, int]] = []
    changed = False
    for i in chosen:
        end = mentions[i].end
        owned = OWNER_BEFORE_KIND_RE.match(text, end)
        if owned and i + 1 < len(mentions) and mentions[i + 1].start == owned.end():
            out.append((i + 1, i))
            changed = True
        elif OWNER_OF_NAMED_RE.match(text, end) and len(chosen) > 1:
            changed = True
        else:
            out.append((i, i))
    out = list(dict.fromkeys(out))
    return out if changed and out else None


def _targets_of_owned(c: Candidate, chosen: list[tuple[int, int]]) -> Candidate:
    """``_targets_of_mentions`` of the shows taken, each title keeping its owner's season
    phrase when it has none of its own."""
    found = _targets_of_mentions(c, [i for i, _ in chosen])
    attached = c.view.attached
    targets = tuple(replace(t, seasons=attached[owner]) if not t.seasons and attached[owner]
                    else t for t, (_, owner) in zip(found.targets, chosen, strict=True))
    return replace(found, targets=targets)


def _before_gapped_count(c: Candidate) -> list[int] | None:
    """"X's new season will run 22 episodes and Y's 13": the count phrase is X's, the name
    before it, when the name after it opens a count of its own (``episode.gapped_count``)."""
    trig, text, mentions = c.trigger, c.text, c.view.mentions
    if text[trig.start:trig.start + 1] in ("'", "’"):
        return None
    before = [i for i, m in enumerate(mentions) if m.end <= trig.start]
    after = [m for m in mentions if m.start >= trig.end]
    if not before or not after or not GAPPED_LINK_RE.search(text[trig.end:after[0].start]):
        return None
    opens = any(GAPPED_COUNT_RE.match(text, m.end) for m in after)
    return [before[-1]] if opens else None


def _relative_antecedent(c: Candidate) -> list[int] | None:
    found = c.view.relative_antecedent(c.trigger)
    return None if found is None else [found]


def _coordinated_subject(c: Candidate) -> list[int] | None:
    found = c.view.coordinated_subject(c.trigger)
    return None if found is None else [found]


#: From a name to the trigger past an aside that closes before it: a relative clause (",
#: which follows Y on Kestrel,", ", whose pilot beat Y,") or an appositive (", a rival to Y,"),
#: then the verb's auxiliaries ("X, which follows Y, will return in June").
_CLOSED_ASIDE_RE = re.compile(
    r"[\"”’']?\s{0,2},\s{1,3}(?:(?:which|who|whose|that)\b|(?:a|an|the)\s)[^,;:()\"“”]{1,100}?"
    r"[\"”’']?,\s{1,3}(?:(?:has|have|had|will|would|could|may|might|is|are|was|were|been|be|"
    r"also|now|then|officially|finally|already|just|set|expected|to)\s{1,3}){0,4}\Z")
#: Before a name: it is an item of a list, not a subject of its own ("A, B and C").
_LIST_ITEM_BEFORE_RE = re.compile(r"(?:,|\band|\bor|&)\s{1,3}[\"“‘']?\Z")


def _subject_past_aside(c: Candidate) -> list[int] | None:
    """The subject of a trigger that follows an aside hanging on it ("X, which follows Y on
    Kestrel, returns in June", "X, whose pilot beat Y, will return for a second season"):
    the name before the aside, not the nearer name inside it."""
    mentions, text, trig = c.view.mentions, c.text, c.trigger
    before = [i for i, m in enumerate(mentions) if m.end <= trig.start]
    if len(before) < 2:
        return None
    for i in reversed(before[:-1]):
        gap = text[mentions[i].end:trig.start]
        if _CLOSED_ASIDE_RE.match(gap):
            opening = text[max(0, mentions[i].start - 8):mentions[i].start]
            return None if _LIST_ITEM_BEFORE_RE.search(opening) else [i]
    return None


#: After an owner's name, up to the title it owns: the possessive, then a describing phrase of
#: lower-case words ("Tobin Reyes' mining drama \"Copper Vale\"", "Kestrel's new series
#: Copper Vale"); round 24.
_OWNER_BEFORE_TITLE_RE = re.compile(
    r"[\"”]?(?:['’]s|(?P<bare>['’]))\s{1,2}(?:(?!(?:and|or|but|nor|is|are|was|were|has|have|"
    r"had|will|to|for|with|by|at|on|in|of|as|than|then|while|after|before|from|that|which|"
    r"who)\b)"
    r"(?:[a-z][\w’'-]*|\d+\w*)\s{1,2}){1,4}[\"“‘'*]?\Z")
#: Describing words that make the owned name no show (a film, a book, a podcast...).
OWNED_NOT_A_SHOW_RE = re.compile(
    r"\b(?:film|movie|feature|documentary|novel|book|memoir|podcast|album|song|single|play|"
    r"musical|game|video|episode|finale|character|role|company|studio|network|channel)s?\b")


def owned_titles(text: str, mentions: Sequence[MentionLike]) -> dict[int, int]:
    """Owners' names before the titles they own, by index: {owner: owned} ("renewed Tobin
    Reyes' mining drama \"Copper Vale\"": the person owns the show, the verb acts on the
    show). The owned name must come right after the owner's describing phrase."""
    found: dict[int, int] = {}
    if "'" not in text and "’" not in text:
        return found
    for i in range(len(mentions) - 1):
        gap = text[mentions[i].end:mentions[i + 1].start]
        owner = _OWNER_BEFORE_TITLE_RE.match(gap) if len(gap) <= 60 else None
        # a bare apostrophe is a possessive only after an "s" ("Tobin Reyes' drama"), never
        # a quoted title's closing quote ("renewed ‘Nightjar’ alongside ‘Copper Vale’")
        if owner is not None and not OWNED_NOT_A_SHOW_RE.search(gap) and (
                owner.group("bare") is None or text[mentions[i].end - 1] in "sS"
                and (mentions[i].start == 0 or text[mentions[i].start - 1] not in "'‘")):
            found[i] = i + 1
    return found


#: From a name to its verb past the name's own aside, closed right before the verb (round 24):
#: a parenthesis ('"X" (season 3) returns', '"X" (Kestrel), which returns'), a relative
#: clause or an appositive between commas ('X, which stars Jane Doe, will premiere', 'X, the
#: mining drama, has been renewed'), or paired dashes; then the verb's auxiliaries.
_OWN_ASIDE_GAP_RE = re.compile(
    r"[\"”’'*]?\s{0,2}(?:"
    r"\([^()]{1,120}\)(?:\s{0,2},\s{1,3}(?:which|that)\s)?"
    r"|,\s{1,3}(?:(?:which|that)\s|(?:a|an|the|its|their)\s)[^;:()]{1,160}?[\"”’']?,"
    r"|\s{1,2}[—–]\s{1,2}[^—–;:]{1,120}?\s{1,2}[—–]"
    r")\s{1,3}(?:(?:has|have|had|will|would|could|may|might|is|are|was|were|been|be|also|now|"
    r"then|officially|finally|already|just|set|expected|to|both|all|each)\s{1,3}){0,4}\Z",
    re.IGNORECASE)
#: An owner before what it owns ("Kestrel's", "Tobin Reyes'"), as the two patterns below read it.
_OWNER = owner_possessive(space=r"\s", word=r"[\w.&!+-]*")
#: Before a name that is a verb's or a preposition's object, not a clause's subject ("a week
#: after X (season 2)", "renewed X (Kestrel)"): not the subject of the verb after its aside.
_GOVERNED_NAME_BEFORE_RE = re.compile(
    r"(?i)\b(?:of|after|before|with|without|like|unlike|to|from|than|by|for|on|in|at|as|"
    r"about|behind|alongside|including|besides|over|into|replac\w*|follow\w*|join\w*|"
    r"renew\w*|cancel\w*|ax\w*|order\w*|pick\w*|sav\w*|end\w*|air\w*|watch\w*|star\w*|"
    r"creat\w*|direct\w*|premier\w*|debut\w*|launch\w*|film\w*|wrap\w*|set|sets|gave|gives?)"
    r"\s{1,3}(?:(?:the|a|an|its|their|" + _OWNER + r")"
    r"\s{1,3}){0,3}[\"“‘'*]?\Z")
#: "season 3 of X", "the new season of X": the name owns the subject, it is no object.
_SEASON_OF_BEFORE_RE = re.compile(
    r"(?i)\b(?:seasons?|series|run|installment|chapter|part|return|premiere)(?:\s{1,3}\w+)?"
    r"\s{1,3}of\s{1,3}(?:(?:the|" + _OWNER + r")"
    r"\s{1,3}){0,2}[\"“‘'*]?\Z")
#: Between two items of a list of subjects, each with its note ('"X" (Kestrel) and "Y"').
_SUBJECT_LIST_GAP_RE = re.compile(
    r"[\"”’'*]?(?:\s{0,2}\([^()]{1,60}\))?[\"”’'*]?(?:\s{0,2},\s{1,3}(?:and\s{1,3})?|\s{1,3}and"
    r"\s{1,3}|\s{0,2}&\s{1,3})[\"“‘'*]?\Z")
#: Active verbs acting on a show, whose object is the name right after them: the
#: ``patterns.ACTING_ON_SHOW_VERBS`` alone, a narrowing of ``facts._ACTIVE_DECISION_RE`` (the
#: reading was measured without "greenlit", "commissioned", "shot" and the rest).
_ACTIVE_ON_SHOW_RE = re.compile(rf"(?i)\b(?:{ACTING_ON_SHOW_VERBS})\b")
#: A passive's auxiliary right before the trigger, in any case (``PASSIVE_BEFORE_TRIGGER``).
_PASSIVE_AUX_BEFORE_RE = re.compile(r"(?i)" + PASSIVE_BEFORE_TRIGGER + r"\Z")


def _subject_past_own_aside(c: Candidate) -> list[int] | None:
    """The subject of a verb that follows the subject's own aside ('Kestrel's "X" (season 3)
    returns Sept. 4, a week after "Y" ended', '"X", the mining drama, has been renewed,
    while "Y" ...'): the name before the aside, with the list it closes, not a nearer name
    after the verb that the verb does not act on. A clause break at the aside is no break
    between a subject and its verb."""
    mentions, text, trig = c.view.mentions, c.text, c.trigger
    after = [i for i, m in enumerate(mentions) if m.start >= trig.end]
    if not after:
        return None  # the nearest name is the one before the verb anyway
    subject = None
    for i, mention in enumerate(mentions):
        if mention.end <= trig.start and _OWN_ASIDE_GAP_RE.match(text, mention.end, trig.start):
            subject = i
            break
    if subject is None:
        return None
    if _PASSIVE_AUX_BEFORE_RE.search(text, max(0, trig.start - 12), trig.start) is None and \
            _ACTIVE_ON_SHOW_RE.match(text, trig.start) and DECISION_OBJECT_GAP_RE.fullmatch(
                text, trig.end, mentions[after[0]].start):
        return None  # "X (the studio) renewed Y": Y is the verb's object
    if subject in (c.view.governed(trig) or ()):
        return None  # the nearest reading already has it, with the lists it reads
    group = [subject]
    while group[0] > 0 and _SUBJECT_LIST_GAP_RE.match(
            text[mentions[group[0] - 1].end:mentions[group[0]].start]):
        group.insert(0, group[0] - 1)
    head = text[max(0, mentions[group[0]].start - 60):mentions[group[0]].start]
    if _GOVERNED_NAME_BEFORE_RE.search(head) and not _SEASON_OF_BEFORE_RE.search(head):
        return None
    return group


#: Between a list item and its own date: a parenthesis opening on it, "on", a premiere verb,
#: a comma or a dash (round 24).
_ITEM_OWN_DATE_GAP_RE = re.compile(
    r"[\"”’']?\s{0,2}(?:\((?:[^()]{0,30}?,\s{0,2})?|(?:,\s{1,3})?(?:(?:premieres?|returns?|"
    r"debuts?|arrives?|follows?|following)\s{1,3})?on\s{1,3}|[,–—:]\s{1,3})\Z")


def _list_item_own_date(c: Candidate) -> datemod.DateMention | None:
    """The date that follows the target's mention, before the list's next item, when the
    target is one item of several and that date is not the candidate's own."""
    target = c.target
    if target is None or target.position is None or len(c.targets) < 2:
        return None
    mentions, text = c.view.mentions, c.text
    at = next((i for i, m in enumerate(mentions) if m.start == target.position), None)
    if at is None:
        return None
    end = mentions[at].end
    limit = mentions[at + 1].start if at + 1 < len(mentions) else len(text)
    for mention in c.view.dates:
        if end <= mention.start < limit:
            if mention.value == c.date or not _ITEM_OWN_DATE_GAP_RE.match(
                    text, end, mention.start):
                return None
            return mention
    return None


#: After a premiere's own date, the next item with the verb left out: "X returns on June 4
#: and Y on June 11", "X premieres June 4, Y June 11 and Z June 18" (round 24).
_GAPPED_ITEM_BEFORE_RE = re.compile(
    r"[\"”’']?\s{0,2}(?:,\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})[\"“‘']?\Z")
_GAPPED_ITEM_AFTER_RE = re.compile(r"[\"”’']?\s{1,3}(?:on\s{1,3})?\Z")


def _gapped_dated_items(c: Candidate) -> list[int] | None:
    """The show before a dated premiere and the names after it that each stand with their own
    date and no verb ("X returns on June 4 and Y on June 11"): every one is a target."""
    mentions, text, trig = c.view.mentions, c.text, c.trigger
    if c.date_mention is None or c.date_mention.start < trig.end:
        return None
    before = [i for i, m in enumerate(mentions) if m.end <= trig.start]
    if not before or any(trig.end <= m.start < c.date_mention.end for m in mentions):
        return None
    chosen = c.view.governed(trig)
    if chosen != [before[-1]]:
        return None
    items = list(chosen)
    end = c.date_mention.end
    dates = [d for d in c.view.dates if d.start >= end]
    for i in range(before[-1] + 1, len(mentions)):
        mention = mentions[i]
        own = next((d for d in dates if d.start >= mention.end), None)
        if own is None or not _GAPPED_ITEM_BEFORE_RE.match(text, end, mention.start) or \
                not _GAPPED_ITEM_AFTER_RE.match(text, mention.end, own.start):
            break
        items.append(i)
        end = own.end
    if len(items) < 2 or not re.match(r"\s{0,2}(?:[.,;:!]|\Z)", text[end:]):
        return None
    return items


#: A list item's own season note after its title: "for a third season", "for a second",
#: "(season 2)"; the first item may carry a describing aside before it ('"A", the mining drama
#: starring Jane Doe, for a third season') (round 24).
_ITEM_SEASON_NOTE_RE = re.compile(
    r"[\"”’'*]?(?:,\s{1,3}(?:the|a|an|its|their)\s[^,;:()\"“”]{1,80}?[\"”’']?,)?\s{0,3},?"
    r"(?:\s{0,3}(?:for|into)\s{1,3}(?:a|an|its|the)\s{1,3}(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
    + ordinal_alternation("debut", "inaugural")
    + r")(?:\s{1,3}(?:and\s{1,3}final\s{1,3})?(?:seasons?|series|run|installment))?"
    r"|\s{0,3}\((?i:season|series)\s{1,3}(?P<num>\d{1,2})\))", re.IGNORECASE)
#: Between one item's note and the next item's title.
_NOTED_ITEM_JOIN_RE = re.compile(
    r"\s{0,2}(?:[,;]\s{1,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3})[\"“‘'*]?\Z")


def _season_noted_items(c: Candidate) -> list[tuple[int, int]] | None:
    """The items of a list after the trigger that each carry their own season note ("renewed
    A for a third season, B for a second and C for a fifth"; '"A", the mining drama, for a
    third season; "B", for a second; and "C", for a fifth'): (mention, season) for each, two
    items or more, the first the trigger's nearest name after it."""
    mentions, text, trig = c.view.mentions, c.text, c.trigger
    after = [i for i, m in enumerate(mentions) if m.start >= trig.end]
    if len(after) < 2 or mentions[after[0]].start - trig.end > 60:
        return None
    if re.search(r"[.;]", text[trig.end:mentions[after[0]].start]):
        return None
    items: list[tuple[int, int]] = []
    end = trig.end
    for i in after:
        if items and not _NOTED_ITEM_JOIN_RE.match(text, end, mentions[i].start):
            break
        note = _ITEM_SEASON_NOTE_RE.match(text, mentions[i].end)
        if note is None:
            break
        word = note.group("ord") or note.group("num")
        season = ordinal_number(word) if not word.isdigit() else int(word)
        if season is None:
            break
        items.append((i, season))
        end = note.end()
    return items if len(items) >= 2 else None


_ORDINAL_ALT = ordinal_alternation("debut", "inaugural")
#: A season note that can stand for a whole clause in a gapped coordination: "for a third
#: season", "for a second", "a third season" (after a verb of giving), "after three seasons",
#: "after two", "(season 2)"; nothing of its own after it but the clause's end (round 25).
_GAPPED_NOTE_RE = re.compile(
    r"[\"”’'*]?\s{0,3}(?:(?:for|into)\s{1,3}(?:a|an|its|the)\s{1,3}(?P<ord>\d{1,2}(?:st|nd|rd|th)|"
    + _ORDINAL_ALT + r")(?:\s{1,3}(?:and\s{1,3}(?:final|last)\s{1,3})?(?:season|series|run|"
    r"installment|one))?"
    r"|(?P<given>(?:a|an)\s{1,3}(?P<gord>\d{1,2}(?:st|nd|rd|th)|" + _ORDINAL_ALT
    + r")(?:\s{1,3}(?:and\s{1,3}(?:final|last)\s{1,3})?(?:season|series|one))?)"
    r"|after\s{1,3}(?P<count>\d{1,2}|" + "|".join(longest_first(NUMBER_WORDS))
    + r")(?:\s{1,3}(?:seasons?|series))?"
    r"|\((?:season|series)\s{1,3}(?P<num>\d{1,2})\))"
    r"(?=\s{0,3}(?:[.,;:!?]|and\b|but\b|\Z))", re.IGNORECASE)
#: Between one note and the next item's title: a comma, semicolon, "and" or "but", an owner's
#: possessive with a describing word or two ("and Tom Reyes' comedy \"B\"").
_GAPPED_JOIN_RE = re.compile(
    r"\s{0,3}(?:[,;]\s{1,3}(?:(?:and|but)\s{1,3})?|\s{1,3}(?:and|but)\s{1,3})"
    r"(?:(?:its|their)\s{1,3}(?:[a-z][\w-]*\s{1,3}){0,2}|" + owner_possessive()
    + r"\s{1,3}(?:[a-z][\w-]*\s{1,3}){0,2})?[\"“‘'*]?")


def _gapped_note_season(note: re.Match[str]) -> int | None:
    word = note.group("ord") or note.group("gord")
    if word:
        return ordinal_number(word)
    if note.group("num"):
        return int(note.group("num"))
    count = note.group("count").lower()
    return int(count) if count.isdigit() else NUMBER_WORDS.get(count)


def _gapped_noted_remnants(c: Candidate) -> list[tuple[int, int]] | None:
    """A decision told for its subject or object title(s) (the nearest reading's, or a subject
    past its own aside) with a season note ("has been renewed for a third season", "given
    \"A\" a third season", "cancelled after three seasons"), then told again for other titles
    by their notes alone, the verb left out ('..., and "B" for a second', 'and "B" a second',
    'and "B" after two', "and Tom Reyes' \"B\" for a second"): every title is the decision's,
    each with its note's season. The first note stands after the trigger when its titles are
    the subject before it, after the first title when they are its object; each remnant ends
    its clause (no verb of its own), so a title with a verb of its own is another decision."""
    mentions, text, trig = c.view.mentions, c.text, c.trigger
    notes = _GAPPED_NOTE_RE.finditer(text, trig.start)
    if next(notes, None) is None or next(notes, None) is None:
        return None  # no note for a remnant after the first one
    # the subject past its own aside first ('"X", which airs on Kestrel, has been renewed ...')
    chosen = _subject_past_aside(c) or _subject_past_own_aside(c) or _governed_mentions(c)
    if not chosen:
        return None
    taken = set(chosen)
    if mentions[chosen[-1]].end <= trig.start:
        note = next((n for n in _GAPPED_NOTE_RE.finditer(text, trig.start, trig.end + 60)
                     if n.start() <= trig.end + 1), None)
        if note is not None and note.group("given"):
            return None
    elif mentions[chosen[0]].start >= trig.start:  # the object, after or inside the phrase
        # (a list the nearest reading took whole is walked again item by item: "renewed its
        # drama A for a third season and its comedy B for a second")
        if _season_noted_items(c):
            return None  # the list after the verb: ``target.season_noted_items``'s
        chosen = chosen[:1]
        note = _GAPPED_NOTE_RE.match(text, mentions[chosen[0]].end)
    else:
        return None
    if note is None or (season := _gapped_note_season(note)) is None:
        return None
    given = note.group("given") is not None
    items = [(i, season) for i in chosen]
    end = note.end()
    for i in range(chosen[-1] + 1, len(mentions)):
        if mentions[i].start < end:
            continue
        if not _GAPPED_JOIN_RE.fullmatch(text, end, mentions[i].start):
            break
        note = _GAPPED_NOTE_RE.match(text, mentions[i].end)
        if note is None or (note.group("given") is not None) != given:
            break
        season = _gapped_note_season(note)
        if season is None:
            break
        if c.kind == "cancelled" and (note.group("ord") or note.group("gord")) and season > 1:
            # '"A" won't be renewed for a third season, and "B" for a second': a cancellation's
            # "for a second" / "a second" is the season denied, the cancelled one the season
            # before, as ``season.denied_return_is_previous`` reads the first title's
            season -= 1
        items.append((i, season))
        end = note.end()
    if len(items) < 2 or not taken <= {i for i, _ in items}:
        return None  # no remnant, or a title the nearest reading took is no remnant
    return items


_RUN_COUNT_RE = re.compile(r"(?i)\b(\d{1,2}|" + "|".join(longest_first(NUMBER_WORDS)) + r")\b")


def _summary_clause_items(c: Candidate) -> list[tuple[int, int]] | None:
    """A cancellation told over a count of shows, then a dash or a colon and items that are
    clauses, each a name and its own note of the run ended, the verb left out ("Three dramas
    bit the dust – A made it four seasons, B made it two and C only got one"): every item with
    its note is the decision's, its season the note's count. A clause telling its own fate
    ("A finished as planned") is no item of it; two items or more (round 33)."""
    text, trig = c.text, c.trigger
    head = next((h for h in COUNTED_HEAD_RE.finditer(text, max(0, trig.start - 80),
                                                     min(len(text), trig.end + 80))
                 if h.start() <= trig.start and trig.end <= h.end()), None)
    if head is None:
        return None
    items: list[tuple[int, int]] = []
    for i, mention in enumerate(c.view.mentions):
        if mention.start < head.end():
            continue
        note = summary_item_note(text, mention.start, mention.end, head.end())
        count = note and _RUN_COUNT_RE.search(note.group("note"))
        if not count:
            continue
        word = count.group(1).lower()
        season = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
        if season:
            items.append((i, season))
    return items if len(items) >= 2 else None


def _targets_with_own_seasons(c: Candidate, chosen: list[tuple[int, int]]) -> Candidate:
    view = c.view
    group = frozenset(view.mentions[i].show for i, _ in chosen)
    return replace(c, targets=tuple(
        Target(view.mentions[i].show, (season,), view.mentions[i].start, False, group)
        for i, season in chosen))


def _targets_of_mentions(c: Candidate, chosen: list[int]) -> Candidate:
    view, text = c.view, c.text
    result: list[Target] = []
    group = frozenset(view.mentions[j].show for j in chosen)
    owners = owned_titles(text, view.mentions)
    for i in chosen:
        mention = view.mentions[i]
        before = text[max(0, mention.start - 60):mention.start]
        new = bool(NEW_SHOW_RE.search(before))
        if not new and i > 0 and i - 1 in chosen:
            new = result[-1].new_show if result else False
        seasons = view.attached[i]
        if not seasons and owners.get(i - 1) == i:
            seasons = view.attached[i - 1]  # "a second season of Ada Finch's drama X"
        result.append(Target(mention.show, seasons, mention.start, new, group))
    return replace(c, targets=tuple(result))


def _previous_shows(c: Candidate) -> list[str]:
    return list(dict.fromkeys(t.show for t in c.view.previous))


#: A reference to a show by its genre ("the drama", "this sitcom", "the hospital comedy"),
#: not a possessor's ("the drama's creator").
_GENRE_REFERENCE_RE = re.compile(
    r"(?i)\b(?:the|this|that)\s{1,3}(?:[\w'’-]{1,20}\s{1,3}){0,2}?"
    rf"({GENRE_ALT})\b"
    r"(?!['’]s\b)")


def _referred_genre(c: Candidate) -> frozenset[str]:
    """The genre nouns a reference in the trigger's clause agrees with ("the drama": every
    drama noun), none when the clause refers by no genre ("the series", "it")."""
    match = _GENRE_REFERENCE_RE.search(_clause_text(c))
    return genre_kin(match.group(1)) if match else frozenset()


def _of_referred_genre(c: Candidate, shows: Sequence[str]) -> list[str]:
    """``shows`` (the ones a reference could speak of) less those the article calls by
    another genre than the reference's ("The Kestrel drama Salt Road ... Kestrel's comedy
    Lisbon ... Kestrel has renewed the drama": not Lisbon); when none is left, the one show
    named before that the article calls by the reference's genre, else none (round 36,
    ``ArticleContext.described_as``). Unchanged when the reference tells no genre or the
    article calls fewer than two shows by one."""
    kin = _referred_genre(c)
    described = c.ctx.described_as
    if not kin or len(described) < 2:
        return list(shows)  # one show called by a genre: a loose word ("the drama" for a
        # dramedy the lead called a comedy) tells nothing apart
    fitting = [show for show in shows if not described.get(show, (kin, 0))[0].isdisjoint(kin)]
    if fitting or not shows:
        return fitting
    agreeing = [show for show, (nouns, first) in described.items()
                if not nouns.isdisjoint(kin) and first < c.ctx.sentence_number]
    return agreeing if len(agreeing) == 1 else []


def _list_in_sentence(c: Candidate) -> list[int] | None:
    """The list before a colon (or a semicolon, a dash) that the quantified reference after
    it stands for, as the subject of the candidate's trigger ("Fans of A, B and C can
    rejoice: all three have been renewed")."""
    found = list_reference(c.text, opening=False)
    if found is None:
        return None
    start, count, end = found
    if not end <= c.trigger.start <= end + 60 or any(
            start <= m.start < c.trigger.start for m in c.view.mentions):
        return None
    return referenced_items(c.text, c.view.mentions, start, count) or None


def _list_in_previous(c: Candidate) -> bool:
    """A sentence opening on a quantified reference ("All three were renewed on Tuesday",
    "Both will premiere on June 4") as its trigger's subject, naming no show before the
    trigger, whose count is the number of shows the previous sentence named."""
    found = list_reference(c.text, opening=True)
    if found is None:
        return False
    _, count, end = found
    shows = _previous_shows(c)
    return (end <= c.trigger.start <= end + 60 and len(shows) >= 2
            and (count is None or count == len(shows))
            and not any(m.start < c.trigger.start for m in c.view.mentions))


def _plural_reference(c: Candidate) -> bool:
    return len(_previous_shows(c)) >= 2 and PLURAL_REFERENCE_RE.search(c.text) is not None


_PLURAL_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5}


def _plural_object(c: Candidate) -> bool:
    """The trigger's decision takes a plural reference as its object ("Tovrel has renewed all
    three", "cancelled both shows") and no show stands after it: the shows the previous
    sentence named, when they are as many as it counts."""
    shows = _previous_shows(c)
    if len(shows) < 2:
        return False
    found = PLURAL_OBJECT_RE.search(c.text)
    if found is None or not found.start() <= c.trigger.start < found.end("ref") or any(
            m.end > found.start() for m in c.view.mentions):
        return False
    counts = [n for word, n in _PLURAL_COUNTS.items() if re.search(
        rf"\b{word}\b", found.group("ref"), re.IGNORECASE)]
    return not counts or counts[-1] == len(shows)


def _every_previous_show(c: Candidate, found: Any) -> Candidate:
    previous = c.view.previous
    return replace(c, targets=tuple(next(t for t in previous if t.show == show)
                                    for show in _previous_shows(c)))


def _genre_reference_over_previous(c: Candidate) -> str | None:
    """The show a reference by genre speaks of when the previous sentence named shows of
    another genre only: the one show named before that the article calls by the reference's
    genre ("The Kestrel drama Salt Road follows three sisters. Kestrel's comedy Lisbon is set
    in a bakery. The drama has been renewed": Salt Road, ``_of_referred_genre``)."""
    if c.view.mentions or c.view.is_title or len(c.ctx.described_as) < 2:
        return None  # (fewer than two shows called by a genre: ``_of_referred_genre`` keeps
        # every show, one of them the previous sentence's)
    previous = _previous_shows(c)
    if not previous:
        return None
    shows = _of_referred_genre(c, previous)
    if any(show in previous for show in shows):
        return None
    return shows[0] if len(shows) == 1 else None


#: A headline's description of a show in Title Case, no name ("Kestrel Renews Fishing Drama",
#: "Kestrel Cancels Period Comedy After Two Seasons"): up to three capitalised words, then a
#: genre noun.
_HEADLINE_DESCRIPTION_RE = re.compile(
    r"(?:[A-Z][\w'’-]{1,20}\s{1,3}){1,3}?"
    rf"((?i:{GENRE_ALT}))\b"
    r"(?!['’]s\b)")


def _headline_description(c: Candidate) -> str | None:
    """The show a headline's decision describes without naming ("Kestrel Renews Fishing
    Drama For Season 3" over a body about "the Kestrel drama Salt Road"): the one show the
    body calls by the description's genre, when every name the headline holds is that
    description itself (a Title Case "Fishing Drama" the body never writes as a name) (round
    36)."""
    if not c.view.is_title or not c.ctx.described_as:
        return None
    found = list(_HEADLINE_DESCRIPTION_RE.finditer(c.text))
    if not found:
        return None
    body = c.ctx.article.text
    for mention in c.view.mentions:
        if str(mention.show) in body or not any(
                m.start() <= mention.start and mention.end <= m.end() for m in found):
            return None
    # the trigger's object, else its subject ("Renews Crime Drama, Cancels Bakery Comedy")
    after = [m for m in found if m.start(1) >= c.trigger.end]
    match = after[0] if after else found[-1]
    kin = genre_kin(match.group(1))
    shows = [show for show, (nouns, _) in c.ctx.described_as.items()
             if not nouns.isdisjoint(kin)]
    return shows[0] if len(shows) == 1 else None


def _to_described_show(c: Candidate, show: str) -> Candidate:
    """The described show, with the seasons the headline gave its description ("Fishing
    Drama For Season 3": season 3)."""
    seasons = tuple(dict.fromkeys(n for i in range(len(c.view.mentions))
                                  for n in c.view.attached[i]))
    return replace(c, targets=(Target(show, seasons, None),))


#: A show the sentence describes without naming it, through another owner or as another one
#: (round 37, r37false): "its other Thursday drama", "the network's other comedy", "another
#: Kestrel drama"; a person's "her new comedy", "Ann Lee's next drama", "whose Tovrel series".
#: Up to three words between the owner and the kind of show; "series" only after "other" or
#: "whose" (British "her new series" may be a season). Group ``person``: the person's name.
_UNNAMED_OTHER_SHOW = (
    rf"(?:(?:\b(?i:its|their|his|her)|\b(?i:the)\s{{1,2}}(?i:network|streamer|channel|"
    rf"broadcaster){POSSESSIVE}|(?:[A-Z][\w.-]{{0,20}}\s{{1,2}}){{0,2}}[A-Z][\w.-]{{0,20}}"
    rf"{POSSESSIVE})\s{{1,2}}(?i:other)(?:\s{{1,2}}[\w-]{{1,20}}){{0,3}}?\s{{1,2}}"
    rf"(?i:{SHOW_NOUN_ALT})"
    rf"|\b(?i:another)(?:\s{{1,2}}[\w-]{{1,20}}){{0,3}}?\s{{1,2}}(?i:{SHOW_NOUN_ALT_NO_SERIES})"
    rf"|\b(?i:whose)(?:\s{{1,2}}[\w-]{{1,20}}){{0,3}}?\s{{1,2}}(?i:{SHOW_NOUN_ALT})"
    rf"|(?:\b(?i:his|her)|(?P<person>[A-Z][\w.-]{{0,20}}(?:\s{{1,2}}[A-Z][\w.-]{{0,20}}){{1,2}})"
    rf"{POSSESSIVE})\s{{1,2}}(?i:new|next|latest|newest|upcoming|previous|former|last|own|"
    rf"debut)(?:\s{{1,2}}[\w-]{{1,20}}){{0,3}}?\s{{1,2}}(?i:{SHOW_NOUN_ALT_NO_SERIES}))\b")
#: It as the trigger's subject, right before it or its auxiliaries ("her new comedy has been
#: cancelled", "saw his next drama axed").
_UNNAMED_OTHER_SUBJECT_RE = re.compile(
    rf"(?:{_UNNAMED_OTHER_SHOW})(?:\s{{1,3}}(?:has|have|had|was|were|is|are|will|would|be|been|"
    rf"being|got|gets|also|now|officially|quietly|already|just|reportedly|finally|set|to)){{0,4}}"
    rf"\s{{1,3}}$")
#: It as the trigger's object, right after it, with no name in apposition ("cancelled its
#: other drama after one season", not "... its other drama, Salt Road"); a person's show may
#: come after a role that names another show ("axed Glass Harbor star Ann Lee's new comedy").
_UNNAMED_OTHER_OBJECT_RE = re.compile(
    rf"\s{{1,3}}(?:(?:[A-Z][\w.'\u2019-]{{0,25}}\s{{1,2}}){{1,4}}(?i:star|co-star|creator|"
    rf"co-creator|alum|alumna|alumnus|favourite|favorite|actor|actress|showrunner|writer|"
    rf"producer|host)\s{{1,2}}(?=[A-Z]))?(?:{_UNNAMED_OTHER_SHOW})"
    rf"(?!\s{{0,3}}[,:(\u2013\u2014-]?\s{{0,3}}[\"\u201c\u2018'*]?[A-Z0-9])")

#: Between that object and a name in apposition to it: "of theirs", "of its own", "from
#: Kestrel" at most, then a comma, colon, dash or bracket ("another comedy of theirs, Salt Road").
_APPOSED_NAME_GAP_RE = re.compile(
    r"(?:\s{1,2}(?:of|from|at|on)(?:\s{1,2}[\w'\u2019.-]{1,25}){1,2}){0,2}\s{0,3}"
    r"[,:(\u2013\u2014-]?"
    r"\s{0,3}[\"\u201c\u2018'*]?")
#: One of which every ``_UNNAMED_OTHER_SHOW`` holds.
_UNNAMED_OTHER_WORD_RE = re.compile(
    r"(?i)\b(?:other|another|whose|new|next|latest|newest|upcoming|previous|former|last|own|"
    r"debut)\b")


#: A decision's object that describes a show and then names it in apposition (round 39,
#: r39cancel): "cancelled its other drama, Copper Vale", "axed its Thursday comedy, Salt
#: Road", "cancelled another of its dramas, Copper Vale", "renewed the network's
#: longest-running drama, Copper Vale" — an owner or an article, up to four words, the kind
#: of show; the name then follows over ``_APPOSED_NAME_GAP_RE``.
_DESCRIBED_OBJECT_RE = re.compile(
    r"\s{1,3}(?:(?i:on|up|off)\s{1,2})?"
    + described_object_opening(
        rf"(?i:the)\s{{1,2}}(?i:network|streamer|channel|broadcaster){POSSESSIVE}",
        owner_possessive())
    + rf"(?:\s{{1,2}}[\w'\u2019-]{{1,20}}){{0,4}}?\s{{1,2}}(?i:{kind_alt(APPOSED_KINDS)})\b")


def _apposed_object(c: Candidate) -> list[int] | None:
    """The show an active decision's described object names in apposition ("Kestrel renewed
    Salt Road but cancelled its other drama, Copper Vale": Copper Vale), when the nearest
    reading would take another name (round 39, r39cancel). Not a name that owns what follows
    it ("cancelled the drama, Salt Road's creator said"), nor where the description names a
    show ("the Glass Harbor spinoff (Salt Road)": ``target.spinoff_named``)."""
    found = _DESCRIBED_OBJECT_RE.match(c.text, c.trigger.end)
    if found is None or any(found.start() < m.start < found.end() for m in c.view.mentions):
        return None  # "the Glass Harbor spinoff (Salt Road)": target.spinoff_named's
    gap = _APPOSED_NAME_GAP_RE.match(c.text, found.end())
    at = gap.end() if gap is not None else found.end()
    for i, mention in enumerate(c.view.mentions):
        if mention.start == at:
            if re.match(rf"[\"\u201d\u2019']?{POSSESSIVE}", c.text[mention.end:mention.end + 3]):
                return None
            return None if i in (_governed_mentions(c) or ()) else [i]
    return None


def _plural_object_list(c: Candidate) -> list[int] | None:
    """Every show of the list that names an active decision's uncounted plural object
    ("Kestrel has renewed all of its Thursday comedies: Salt Road, Copper Vale and Lantern
    House"; ``lists.plural_object_list``; round 39, r39cancel)."""
    return plural_object_list(c.text, c.trigger.end, c.view.mentions) or None


def _elaborates_named_head(c: Candidate) -> bool:
    """The trigger's clause follows a colon or a dash after a head naming the show, and names
    none itself: '"Copper Vale" is over: Kestrel has cancelled another drama of Dana Holt's'
    tells the head's show's news, so its description is that show's (the lead's mend of round
    37: ``drop.unnamed_other_show`` took it, ``tests/test_second_reading_round25.py``)."""
    head = c.text[:c.trigger.start]
    cut = max(head.rfind(": "), head.rfind(" \u2014 "), head.rfind(" \u2013 "), head.rfind(" - "))
    return cut >= 0 and any(m.end <= cut for m in c.view.mentions) and not any(
        cut < m.start < c.trigger.start for m in c.view.mentions)


#: The decider's own show as the trigger's object, with no name in apposition ("has
#: cancelled its medical drama", "axed their new comedy after one season"; round 38).
_OWN_SHOW_OBJECT_RE = re.compile(
    r"\s{1,3}(?i:its|their)(?:\s{1,2}[\w-]{1,20}){0,3}?\s{1,2}"
    rf"(?i:{SHOW_NOUN_ALT_NO_SERIES})\b"
    r"(?!\s{0,3}[,:(\u2013\u2014-]?\s{0,3}[\"\u201c\u2018'*]?[A-Z0-9])")
#: The end of an aside closed right before the trigger, its auxiliaries at most (", has").
_ASIDE_CLOSED_RE = re.compile(
    r",\s{1,3}(?:(?:has|have|had|also|now|officially|just|quietly|reportedly|since|"
    r"previously)\s{1,3}){0,3}\Z")


def _named_only_in_subject_aside(c: Candidate) -> bool:
    """Every show the sentence names stands in an aside between the trigger's subject and
    its verb, and the object is the subject's own unnamed show: "Tovrel, the home of Glass
    Harbor, has cancelled its medical drama", "Kestrel, which renewed Glass Harbor in May,
    has axed its new comedy" — the aside describes the subject, the decision is about a show
    the sentence does not name (round 38, r38leftovers)."""
    start = c.trigger.start
    head = c.text[:start]
    close = _ASIDE_CLOSED_RE.search(head)
    opening = head.find(", ")
    if close is None or opening < 0 or opening >= close.start() or \
            not _OWN_SHOW_OBJECT_RE.match(c.text, c.trigger.end):
        return False
    return all(opening < m.start and m.end <= close.start() for m in c.view.mentions)


def _unnamed_other_show(c: Candidate) -> bool:
    """The trigger's subject or object is a show the sentence describes, not names, as
    another's or another one ("Glass Harbor star Ann Lee's new comedy has been cancelled",
    "Kestrel renewed Glass Harbor but cancelled its other drama"): the fact is that show's,
    never the named one's (round 37, r37false). Only in a sentence naming a show: one naming
    none is ``drop.other_show_referred``'s, and a person's "her new comedy" alone may refer
    to a show named before, which the reference rules read."""
    if not c.view.mentions:
        return False  # a sentence naming no show: ``drop.other_show_referred`` reads it
    if _named_only_in_subject_aside(c):
        return True  # "Tovrel, the home of Glass Harbor, has cancelled its medical drama"
    start, end = c.trigger.start, c.trigger.end
    window = c.text[max(0, start - 160):min(len(c.text), end + 160)]
    if not _UNNAMED_OTHER_WORD_RE.search(window):
        return False  # the words every such phrase holds: a quick test before the patterns
    if _elaborates_named_head(c):
        return False
    found = _UNNAMED_OTHER_SUBJECT_RE.search(c.text, max(0, start - 160), start) or \
        _UNNAMED_OTHER_OBJECT_RE.match(c.text, end)
    if found is None:
        return False
    if found.start() >= end and any(
            m.start >= found.end() and _APPOSED_NAME_GAP_RE.fullmatch(c.text, found.end(), m.start)
            for m in c.view.mentions):
        return False  # "another animated comedy of theirs, Salt Road": the show is named
    person = found.group("person")  # "Star Ann Lee" in a Title Case headline: a role first
    return person is None or any(
        word.lower() in vocabulary().first_names for word in person.split()[:-1])


def _reference_of_no_named_genre(c: Candidate) -> bool:
    """A sentence naming no show refers to one by a genre ("The drama has been renewed")
    that no show named before is called by, while every show a reference could go to (the
    previous sentence's, the one last named, the main show) is called by another ("The
    Kestrel comedy Havana ... Kestrel's comedy Lisbon ..."): the show it speaks of is not
    among them (round 36)."""
    if c.view.mentions or c.view.is_title:
        return False
    described = c.ctx.described_as
    if len(described) < 2:
        return False
    kin = _referred_genre(c)
    if not kin or any(
            not nouns.isdisjoint(kin) and first < c.ctx.sentence_number
            for nouns, first in described.values()):
        return False
    last = c.ctx.last_named
    reachable = {*_previous_shows(c), *([last[0]] if last else []),
                 *([c.ctx.main_show] if c.ctx.main_show else [])}
    return bool(reachable) and all(show in described for show in reachable)


def _named_after(c: Candidate) -> str | None:
    """The show a reference told before the article names any show speaks of: the one the
    next sentence opens on (``SentenceView.named_after``), when it is the main show or the
    article has none, and not a show the article calls by another genre than the
    reference's ("its comedy" for "the Kestrel drama Salt Road") (round 37)."""
    show = c.view.named_after
    if not show or c.view.mentions or refers_ahead(_clause_text(c)) is None:
        return None
    main = c.ctx.main_show
    if main and main != show:
        return None
    kin = _referred_genre(c)
    nouns = c.ctx.described_as.get(show, (frozenset(), 0))[0]
    return show if not kin or not nouns or not nouns.isdisjoint(kin) else None


#: What a slate's later sentence may tell of a show that a decision of each kind is not
#: ("Copper Vale, though, will not be back" is no renewal's; "will return" no cancellation's).
_SLATE_CONTRARY = {"renewed": "end", "premiere": "end", "cancelled": "return"}
#: What confirms it.
_SLATE_OWN = {"renewed": "return", "premiere": "return", "cancelled": "end"}


def _slate_named_after(c: Candidate) -> tuple[Target, ...] | None:
    """The shows a decision told of a count of an owner's shows ("Kestrel has renewed two of
    its dramas and cancelled a third") speaks of, named in the next three sentences
    (``SentenceView.slate_after``) and new to the article (round 38): the first that many
    whose sentences tell no contrary status ("will not be back" for a renewal); for the one
    a count leaves ("a third"), the one show told with its own status ("Copper Vale, though,
    has been axed"), or else the show named right after the count's. None when fewer are
    named than counted."""
    slate = c.view.slate_after
    contrary = _SLATE_CONTRARY.get(c.kind)
    if not slate or contrary is None:
        return None
    count = slate_count(c.text, c.trigger.start, c.trigger.end)
    if count is None:
        return None
    fit = [show for show, told in slate if told != contrary]
    if count == 1:
        own = [show for show, told in slate if told == _SLATE_OWN[c.kind]]
        rest = slate_first_count(c.text)  # the count the sentence opens its slate with
        if len(own) == 1:
            fit = own
        elif not own and rest is not None and rest < len(slate) and slate[rest][1] is None:
            fit = [slate[rest][0]]
        else:
            return None
    if len(fit) < count:
        return None
    return tuple(Target(show, (), None) for show in fit[:count])


def _slate_unresolved(c: Candidate) -> bool:
    """A decision told of a count of an owner's shows, some named after it where a slate
    names them, that ``target.slate_named_after`` cannot resolve (fewer named than counted,
    or a later sentence's contrary status): it speaks of several shows, never of one the
    rules would reach by default (the main show, the one named last; round 38)."""
    return bool(c.view.slate_after) and c.kind in _SLATE_CONTRARY and slate_count(
        c.text, c.trigger.start, c.trigger.end) is not None


#: The verbs of each decision kind's status, to tell a next sentence's own status apart. A
#: premiere's are ``showwords.PREMIERE_WORDS`` (round 39). A decision's stay spelled here:
#: ``showwords.DECISION_WORDS`` in their place would read "green-lit" and "axeman" and no
#: longer "scrap", "scrapping" or "pulled the rug" (with a closing ``\b``, nor
#: "cancellation"), a change of reading (MEASUREMENTS, round 39, r39tidy). The forms they
#: share with ``SLATE_RETURN_RE`` / ``SLATE_END_RE`` are built from ``showwords.RENEW_FORMS``,
#: ``PICKED_UP`` and ``CANCEL_FORMS`` (round 40's tidy: searched, "renew\w{0,4}" is the prefix
#: "renew").
_KIND_STATUS_RE = {
    "renewed": re.compile(rf"(?i)\b(?:{'|'.join(RENEW_FORMS)}|{PICKED_UP})"),
    "cancelled": re.compile(rf"(?i)\b(?:{'|'.join(CANCEL_FORMS)}|scrap|pulled\s{{1,2}}the)"),
    "premiere": re.compile(rf"(?i)\b(?:{'|'.join(PREMIERE_WORDS)})"),
}


def _named_after_other(c: Candidate) -> bool:
    """The next sentence names one show inside it and tells a status of another kind of it
    ("It also cancelled X" after a renewal of "its fishing drama"): another show than the
    reference's (round 37). A status of the same kind ("X is returning this spring" after
    "the hit comedy premieres") may be the same show's: not dropped."""
    if c.view.named_after != "" or c.view.mentions or refers_ahead(_clause_text(c)) is None:
        return False
    own = _KIND_STATUS_RE.get(c.kind)
    return own is not None and not own.search(c.view.told_after)


def _single_reference(c: Candidate) -> str | None:
    shows = _of_referred_genre(c, _previous_shows(c))
    return shows[0] if len(shows) == 1 and REFERENCE_START_RE.search(c.text) else None


#: A word that opens a question ("Will ...", "Who ...", "Is ...").
_QUESTION_OPENER_RE = re.compile(
    r"(?i)^\W{0,3}(?:who|whom|whose|what|when|where|why|how|which|will|would|is|are|was|were|"
    r"do|does|did|can|could|should|has|have|had|may|might|shall|isn't|aren't|won't|didn't)\b")
_ASKING_WORDS = frozenset("who whom whose what when where why how which".split())


#: Before a premiere word inside a question, a clause that states rather than asks: a relative
#: ("..., which premieres"), a participle ("..., premiering"), "when it debuts", "ahead of its
#: March 4 premiere", "did you know that X premieres" (``trigger.premiere_stated_in_question``).
_STATED_IN_QUESTION_RE = re.compile(
    r"(?i)(?:,\s*(?:which|that)\s+(?:will\s+|is\s+(?:set|slated|due)\s+to\s+)?"
    r"|,\s*(?P<participle>)"
    rf"|\bwhen\s+(?:it|they|the\s+(?:{common_show_nouns(4)}))\s+(?:finally\s+)?"
    r"|\b(?:ahead\s+of|before)\s+(?:its|their|the)\s+(?:[\w,.]+\s+){0,4}"
    r"|\b(?:did|have)\s+you\s+(?:know|hear|heard)\s+(?:that\s+)?[^?,;]{1,60}\s)$")
#: The participle a comma's clause opens on ("..., premiering March 4?").
_PARTICIPLE_RE = re.compile(r"(?i)(?:premiering|debuting|launching|arriving|returning)\b")
#: A hedge or a second choice inside that clause: it states nothing.
_QUESTION_CLAUSE_HEDGE_RE = re.compile(
    r"(?i)\b(?:could|might|may|possibly|perhaps|reportedly|rumou?red|or)\b")


def _question_states_premiere(c: Candidate) -> bool:
    """A question whose premiere, with its date, is told in a clause that states it ("Are
    you ready for Salt Road, which premieres March 4?", "Will you watch Salt Road when it
    debuts on March 4?"): the question asks about the reader, the clause tells the date."""
    if c.kind != "premiere" or c.index is None or not QUESTION_END_RE.search(c.text):
        return False
    owned = c.view.owned.get(c.index)
    if owned is None:
        return False
    start = c.trigger.start
    opener = _STATED_IN_QUESTION_RE.search(c.text[max(0, start - 80):start])
    if opener is None or (opener.group("participle") is not None and not
                          _PARTICIPLE_RE.match(c.text, start)):
        return False
    clause = c.text[max(0, start - 80) + opener.start():]
    return owned.start >= max(0, start - 80) + opener.start() and not \
        _QUESTION_CLAUSE_HEDGE_RE.search(clause)


#: Where a question's asking part starts after a stated head: a colon, a dash, a semicolon or
#: a comma (with "but", "so", "and", "yet"), then a question word ("Salt Road premieres March
#: 4: what do we know?", "..., but can it live up to the hype?").
_ASKS_AFTER_HEAD_RE = re.compile(
    r"(?i)(?::|\s[\u2014\u2013-]|;|,(?:\s+(?:but|so|and|yet))?)\s+(?:but\s+|so\s+|and\s+)?"
    r"[\"\u201c\u2018']?(?=(?:who|whom|whose|what|when|where|why|how|which|will|would|is|are|was|were|do|does|"
    r"did|can|could|should|has|have|had|isn't|aren't|won't|can't|isn\u2019t|aren\u2019t|"
    r"won\u2019t|can\u2019t)\b)")
#: A question closing a quotation or an aside that ends the sentence ("... an episode called
#: \u201cWho Owns the Sea?\u201d", "... (who saw that coming?)").
_QUOTED_QUESTION_END_RE = re.compile(
    r"(?:[\"\u201c]|\(|(?<=\s)')[^\"\u201c\u201d()]{1,120}\?\s*[\"\u201d')]?\W*$")
_CONDITION_LEAD_RE = re.compile(r"(?i)^\W{0,3}(?:if|what\s+if|whether|unless|suppose|when)\b")
#: A question about the reader's eagerness ("Who's ready for ...", "Are you excited that
#: ...", "Who else can't wait for ..."): what follows it is stated.
_READER_ASKED_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:who(?:'s|\u2019s|\s+is)?(?:\s+else)?(?:\s+is)?|are\s+you|"
    r"aren(?:'|\u2019)t\s+you|is\s+anyone\s+else|anyone\s+else|"
    r"how\s+(?:excited|ready|hyped)\s+are\s+you)\s+)?(?:so\s+|as\s+|else\s+)?"
    r"(?:ready|excited|hyped|pumped|eager|thrilled|counting\s+down|looking\s+forward|"
    r"(?:can't|cannot|can\u2019t)\s+wait|waiting)\b")


def _premiere_stated_before_question(c: Candidate) -> bool:
    """A question whose premiere, with its date, is stated before the asking starts: a
    statement head cut off by a colon, a dash or "but" ("Salt Road premieres March 4 on
    Kestrel: what do we know?"), a stated circumstance ("With Salt Road premiering March 4,
    will Kestrel have a hit?"), or the reader's eagerness asked about ("Who's ready for the
    Salt Road premiere on March 4?"), or a quotation or an aside the sentence ends on ("...
    with an episode called \u201cWho Owns the Sea?\u201d"). A question that opens on its verb
    or a condition, a reader's "Q:", a hedge or a second choice in the stated part still
    states nothing."""
    if c.kind != "premiere" or c.index is None or not QUESTION_END_RE.search(c.text):
        return False
    owned = c.view.owned.get(c.index)
    if owned is None:
        return False
    text = c.text
    first = min(c.trigger.start, owned.start)
    last = max(c.trigger.end, owned.end)
    reader = _READER_ASKED_RE.match(text)
    if reader is not None:
        return first >= reader.end() and not _QUESTION_CLAUSE_HEDGE_RE.search(
            text[reader.end():])
    if _CONDITION_LEAD_RE.match(text) or _QUESTION_OPENER_RE.match(text) \
            or QUESTION_START_RE.match(text):
        return False
    asks = next((m for m in _ASKS_AFTER_HEAD_RE.finditer(text) if m.start() >= last), None)
    if asks is None:
        # the "?" is a quotation's or an aside's opened after the premiere and its date
        # ("... with an episode called \u201cWho Owns the Sea?\u201d")
        asks = _QUOTED_QUESTION_END_RE.search(text, last)
    return asks is not None and not _QUESTION_CLAUSE_HEDGE_RE.search(text[:asks.start()])


#: A headline telling that a premiere date was given, so the body states it: "premiere /
#: release / return date" (revealed, set, announced, or as a label), "gets a date", "here's
#: when".
HEADLINE_DATE_GIVEN_RE = re.compile(
    r"(?i)\b(?:premiere|release|return|launch|debut|air)\s+date\b"
    r"|\bhere(?:'s|\u2019s|\s+is)\s+when\b|\b(?:gets|sets|lands|scores|dates)\s+(?:a\s+|an\s+|its\s+)?"
    r"(?:\w+\s+)?date\b")
#: ... unless the date is missing, moved or guessed.
HEADLINE_DATE_MISSING_RE = re.compile(
    r"(?i)\b(?:no|not|without|yet|still|delay(?:ed|s)?|postpone[sd]?|push(?:ed|es)|moved|"
    r"tba|tbd|unknown|rumou?r(?:ed|s)?|could|might|may|possible|predict(?:ed|ion)?|"
    r"speculation|when\s+will)\b")


def headline_gives_date(text: str) -> bool:
    """The headline says a premiere date was given, not that it is missing, moved or guessed
    (the trigger's test and ``facts``' dating step read the same)."""
    return bool(HEADLINE_DATE_GIVEN_RE.search(text)) and not HEADLINE_DATE_MISSING_RE.search(text)


def _headline_gives_date(c: Candidate) -> bool:
    """A headline naming a show that says its premiere date was given (the body tells it):
    its undated premiere waits for the body (``date.headline_date_in_body``)."""
    return c.view.is_title and bool(c.view.mentions) and headline_gives_date(c.text)


def _title_asks(c: Candidate) -> bool:
    """The "?" ending a sentence that opens as a statement is its last show's own, a title
    that asks ("The network chose to cancel Maybe Who?", "NBC renewed What Would Jane Do?"):
    the sentence states, it does not ask."""
    if not c.view.mentions or _QUESTION_OPENER_RE.match(c.text):
        return False
    last = c.view.mentions[-1]
    if not re.fullmatch(r"[\"”’']?\?[\"”’')]*\s*", c.text[last.end:]):
        return False
    return bool(_ASKING_WORDS & {w.lower().strip("'’") for w in last.show.split()})


#: A sentence that opens on its verb, its subject left out as the sentence before gave it
#: ("Will return in summer 2031.", "Returns for 13 episodes.", "Renewed for a third season."):
#: the next word is lower case or a number, so a name opening on such a word ("Will Trent
#: returns") is no verb.
ELIDED_SUBJECT_RE = re.compile(
    r"^[\W_]{0,3}(?:[Ww]ill|[Ww]ould|[Hh]as|[Hh]ad|[Ii]s|[Ww]as|[Rr]eturns?|[Rr]eturning|"
    r"[Rr]enewed|[Cc]ancell?ed|[Pp]remieres?|[Pp]remiered|[Dd]ebuts?|[Dd]ebuted|[Ss]et|[Gg]ets?|"
    r"[Gg]ot|[Ee]nds?|[Ee]nded|[Ww]raps?|[Ww]rapped|[Bb]egins?|[Bb]egan|[Ss]tarts?|[Ss]tarted|"
    r"[Pp]icked|[Oo]rdered|[Aa]irs?|[Aa]ired|[Aa]rrives?|[Aa]rrived)\s{1,3}(?=[a-z0-9])")


def _elided_subject(c: Candidate) -> str | None:
    """The previous sentence's only show, when this sentence names none and opens on its verb
    with no subject: a tracker's or a brief's telegraph style goes on about the show just
    named ("Glass Harbor, June 3. Season 2. Will return in summer.")."""
    if c.view.mentions or c.view.is_title:
        return None
    shows = _previous_shows(c)
    return shows[0] if len(shows) == 1 and ELIDED_SUBJECT_RE.match(c.text) else None


def _described_reference(c: Candidate) -> str | None:
    """The previous sentence's only show, when this sentence names none and its trigger's
    clause calls a show by what it is ("NBC said on Friday that the legal drama has been
    cancelled"): the reference need not open the sentence."""
    if c.view.mentions or c.view.is_title:
        return None
    shows = _of_referred_genre(c, _previous_shows(c))
    return shows[0] if len(shows) == 1 and DESCRIBED_REFERENCE_RE.search(
        _clause_text(c)) else None


def _reference_past_passing(c: Candidate) -> str | None:
    """The show a reference speaks of when the sentence before opened on a reference to it and
    named other shows only in passing (``ArticleContext.carried_reference``, set by
    ``facts.reference_past_passing``): this sentence names no show and refers by "it", "the
    series", "the drama" (of that show's genre), or as a decision's object (round 41)."""
    carried = c.ctx.carried_reference
    view = c.view
    if carried is None or carried[1] != c.ctx.sentence_number or view.is_title or view.mentions:
        return None
    if not (REFERENCE_START_RE.search(c.text) or DESCRIBED_REFERENCE_RE.search(_clause_text(c))
            or view.decides_referred(c.trigger)):
        return None
    return carried[0] if _of_referred_genre(c, [carried[0]]) == [carried[0]] else None


def _referred_past_decider(c: Candidate) -> str | None:
    """The show a decision verb's reference object speaks of, when the names before the verb
    are its decider (``facts.decider_before_reference``)."""
    view = c.view
    if view.is_title or not view.mentions or not view.decides_referred(c.trigger):
        return None
    earlier = [m for m in view.mentions if m.end <= c.clause[0]]
    # a show named in a credit ("The drama Y, from the X team, was set for a third season, but
    # Kestrel cancelled it") is no target beside another: the referred one is the subject
    # (round 34, r34spans; the one credit reading, ``patterns.named_as_credit``)
    earlier = [m for m in earlier if not named_as_credit(c.text, m)] or earlier
    if earlier:
        return str(earlier[-1].show)  # "Salt Road was a hit, and Kestrel Play renewed it"
    deciders = [m for m in view.mentions if c.clause[0] <= m.start and m.end <= c.trigger.start]
    return _referred_show_not(c, {str(deciders[-1].show)} if deciders else set())


def _referred_before_passing(c: Candidate) -> str | None:
    """The show a decision verb's reference object speaks of, when every show the sentence
    names comes after the reference, in passing (``facts.reference_object_before_passing``):
    never one of those names (round 40, r40target)."""
    view = c.view
    if view.is_title or not view.mentions or not view.refers_before_passing(c.trigger):
        return None
    return _referred_show_not(c, {str(m.show) for m in view.mentions})


def _referred_subject(c: Candidate, owns: Callable[[Trigger], bool]) -> str | None:
    """The show referred to, when the sentence's opening subject refers to a show without
    naming it and ``owns`` says every name it holds comes after the trigger in passing; not
    one of those names."""
    view = c.view
    if view.is_title or not view.mentions or not owns(c.trigger):
        return None
    referred = _referred_show(c)
    return referred if referred and referred not in {m.show for m in view.mentions} else None


def _reference_subject(c: Candidate) -> str | None:
    """A sentence opening on a reference ("It", "The series": ``facts.reference_owns_trigger``)."""
    return _referred_subject(c, c.view.referred_owns)


def _season_subject(c: Candidate) -> str | None:
    """A sentence opening on a season with no show named (``facts.season_subject_owns_trigger``)."""
    return _referred_subject(c, c.view.season_subject_owns)


def _decision_noun_subject(c: Candidate) -> str | None:
    """A sentence opening on its decision told as a noun ("The renewal comes after X was
    cancelled": ``facts.decision_noun_owns_trigger``; round 41)."""
    return _referred_subject(c, c.view.decision_noun_owns)


#: A relative clause of someone's own ("whose Tovrel sitcom was axed") before a trigger.
_WHOSE_BEFORE_RE = re.compile(r"\bwhose\b", re.IGNORECASE)


def _passing_phrase_only(c: Candidate) -> str | None:
    """A decision or premiere whose sentence names shows only after its trigger, each in a
    passing phrase of time, comparison or origin ("Renewed for a third season after a ratings
    surge that outpaced X": ``facts.passing_phrase_owns_trigger``; round 41, r41passing): the
    show the discourse is about (a title heading's, the previous sentence's only other show,
    the paragraph's subject, the main show), never a name in passing; none found, the default
    reading stands. Not a decision told in a "whose" clause ("Ann Lee, whose Tovrel sitcom was
    axed last spring, has joined the cast of X"): that is someone's other show, none the
    discourse is about."""
    view = c.view
    if view.is_title or not view.mentions or _WHOSE_BEFORE_RE.search(
            c.text, max(c.clause[0], c.trigger.start - 90), c.trigger.start) or \
            not view.passing_owns(c.trigger):
        return None
    return _referred_show_not(c, {str(m.show) for m in view.mentions})


def _referred_show(c: Candidate) -> str | None:
    """What a reference in this sentence speaks of: the previous sentence's only show, else the
    show its paragraph opened on, else the article's main show."""
    previous = _previous_shows(c)
    shows = _of_referred_genre(c, previous)
    if len(shows) == 1:
        return shows[0]
    if previous and not shows:
        return None  # the shows just named are of another genre, and no one show fits
    subject = c.ctx.paragraph_subject
    if subject == UNFOUND_SHOW:
        return None  # a show the article's titles do not hold
    show = subject if subject else c.ctx.main_show
    fitting = _of_referred_genre(c, [show] if show else [])
    return fitting[0] if len(fitting) == 1 else None


def _referred_show_not(c: Candidate, deciders: Collection[str]) -> str | None:
    """What a reference speaks of when ``deciders`` are the names that decided (a network or
    streamer the network vocabulary does not know, kept as a name): never one of them. The
    previous sentence's only show besides them ("The Kestrel drama Salt Road follows three
    sisters. Kestrel has renewed it"), else ``_referred_show`` when it is not one of them
    (round 35). Under a title heading the reference is the heading's show (round 40: "2.
    Salt Road / Kestrel has pulled the plug on the show")."""
    topic = c.view.topic_show
    if topic and topic not in deciders:
        return topic
    previous = _of_referred_genre(c, _previous_shows(c))
    others = [show for show in previous if show not in deciders]
    if len(others) == 1 and len(others) < len(previous):
        return others[0]
    show = _referred_show(c)
    return show if show and show not in deciders else None


def _decides_trigger(c: Candidate, start: int, end: int) -> bool:
    """The name at ``start:end`` is the decider of the candidate's decision, not its show: the
    subject of its active verb acting on a reference, the speaker's own show or an unowned
    season ('"Kestrel has cancelled us," she said', 'Kestrel passed on a third season'), its
    agent or giver after it ('a renewal from Kestrel', 'was confirmed by Kestrel') or the
    source a report is told by ('According to Kestrel, the show will not return')."""
    text, trig = c.text, c.trigger
    if end <= trig.start:
        if DECIDER_SOURCE_BEFORE_RE.search(text, max(0, start - 16), start):
            return True
        return bool(DECIDER_SUBJECT_GAP_RE.fullmatch(text, end, trig.start)
                    and DECIDING_VERB_OBJECT_RE.match(text, trig.start))
    return start >= trig.end and bool(DECIDER_AGENT_GAP_RE.fullmatch(text, trig.end, start))


def _reported_clause_subject(c: Candidate) -> list[int] | None:
    """The names of a reported clause that the nearest reading would share with its reporter
    ("Dana Holt, the star of Lantern House, confirmed that Salt Road has been renewed": Salt
    Road alone; round 40, r40target): the nearest reading takes the names the trigger
    governs, and when some of them stand before the report's verb (the reporter, a name in
    the reporter's aside) while the clause after it names the show before the trigger, the
    fact is the clause's names' alone. None when every name the trigger governs is in the
    clause (nothing to correct) or the clause names none."""
    chosen = _governed_mentions(c)
    if not chosen:
        return None
    mentions, start = c.view.mentions, c.trigger.start
    reports = list(REPORTED_CLAUSE_OPEN_RE.finditer(c.text, c.clause[0], start))
    if not reports:
        return None
    opened = reports[-1]  # the report nearest the trigger opens its clause
    if not any(mentions[i].end <= opened.start() for i in chosen):
        return None
    inside = [i for i, m in enumerate(mentions) if opened.end() <= m.start and m.end <= start]
    if not inside:
        return None
    after = [i for i in chosen if mentions[i].start >= opened.end()]
    return after or inside[-1:]


def _decider_of_report(c: Candidate) -> str | None:
    """The show a decision is about when every name ``target.nearest_mention`` would take is
    the decision's decider (``_decides_trigger``: a network the vocabulary may not know, often
    named in a quotation or a report): the nearest other name of the sentence that decides
    nothing, else the show the narration speaks of (``_referred_show``)."""
    chosen = _governed_mentions(c)
    if not chosen:
        return None
    mentions = c.view.mentions
    if not all(_decides_trigger(c, mentions[i].start, mentions[i].end) for i in chosen):
        return None
    deciders = {mentions[i].show for i in chosen}
    others = [m for m in mentions if m.show not in deciders
              and not _decides_trigger(c, m.start, m.end)]
    if others:
        position = c.trigger.start
        return str(min(others, key=lambda m: abs(m.start - position)).show)
    if c.view.is_title:
        return None
    return _referred_show_not(c, {str(show) for show in deciders})


def _in_unfound_paragraph(c: Candidate) -> bool:
    """This sentence names no show, in a paragraph whose last sentence about a show spoke of a
    title-like name the article's titles do not hold ("Salt Road, NBC's other drama, returns
    in June. It will have ten episodes."): what it says is that show's, not the main show's."""
    if c.ctx.paragraph_subject != UNFOUND_SHOW or c.view.mentions or c.view.is_title:
        return False
    return not (COUNTED_SHOWS_RE.search(c.text) or _PLURAL_OPENING_RE.match(c.text)
                or _OTHER_SHOW_RE.search(c.text))


#: "the other drama", "another series": a show other than the one just named.
_OTHER_SHOW_RE = re.compile(
    rf"(?i)\b(?:the other|another)\s(?:[\w'’-]+\s){{0,2}}?(?:{SHOW_NOUN_ALT})\b")
#: A sentence opening on a plural ("They will air later", "These episodes"): many things, not
#: the one show of its paragraph.
_PLURAL_OPENING_RE = re.compile(r"(?i)^\W{0,3}(?:they|these|those|both|all)\b")


#: How far back "the series" or "Season 3" reaches the show last named when no other show has
#: been named since (it is still the one the text is about): a paragraph of history or a quote
#: between them does not change the subject.
_RUNNING_SUBJECT_REACH = 12


#: A sentence that opens on the show it speaks of without naming it: "The series ...",
#: "The comedy's ...", "It ...", "Its ...", "Season 3 ...".
OPENING_REFERENCE_RE = re.compile(
    rf"\W{{0,5}}(?:(?i:the|this)\s(?:[\w-]+\s)?(?:{SHOW_NOUN_ALT})\b|(?i:it|its|it's|it’s)\b"
    r"|(?i:season)\s\w+\b)")


#: A premiere's subject that is the show told as its makers' work: "The Northlight Studios and
#: Bramble Television production", "The 20th Kestrel co-production" (one name or more before
#: the noun; not a stage, a film or a musical's).
PRODUCTION_SUBJECT_RE = re.compile(
    r"\W{0,5}(?i:the|this)\s(?:(?!(?i:stage|theat(?:re|er)|film|movie|musical|broadway|"
    r"west\send|opera|ballet)\b)(?:[A-Z0-9][\w.&'’-]*|and|&)\s){1,6}?(?i:co-?)?production\b"
    r"(?!['’]s\b|\s(?:company|team|crew|designer|office|schedule|house)\b)")


def _running_production_subject(c: Candidate) -> str | None:
    """As ``_running_subject``, for a premiere whose sentence opens on the show told as its
    makers' production ("The Northlight Studios and Bramble Television production premiered in
    2020"): the show last named on its own, when no sentence since named any."""
    last = c.ctx.last_named
    if last is None or c.view.mentions or last[1] != c.ctx.last_any_named:
        return None
    if c.ctx.sentence_number - last[1] > _RUNNING_SUBJECT_REACH:
        return None
    return last[0] if PRODUCTION_SUBJECT_RE.match(c.text) else None


def _running_subject(c: Candidate) -> str | None:
    """The show last named on its own, further back than ``_last_named`` reaches, when no
    sentence since named any show and this one opens on a reference to it ("Season 3
    debuted on March 4." after a paragraph of history and a quote): the subject has not
    changed."""
    last = c.ctx.last_named
    if last is None or c.view.mentions or last[1] != c.ctx.last_any_named:
        return None
    if c.ctx.sentence_number - last[1] > _RUNNING_SUBJECT_REACH:
        return None
    if COUNTED_SHOWS_RE.search(c.text) or not OPENING_REFERENCE_RE.match(c.text):
        return None
    shows = _of_referred_genre(c, [last[0]])  # "The drama": never a comedy (round 36)
    return shows[0] if len(shows) == 1 else None


#: Capitalised words a sentence about an unnamed show may hold: a date's, the season's.
_PLAIN_CAPITALS = datemod.CALENDAR_CAPITALS | {"Season", "Seasons", "I"}
_CAPITALISED_RE = re.compile(r"\b[A-Z][\w'’-]*")


def _names_nothing_else(text: str) -> bool:
    """No capitalised word past the first but a date's or a season's: a name the titles do
    not hold ("I love Tin Roof, and it returns for a third season", "Chapter 5 Season
    3" of a game) may be what the sentence speaks of."""
    return all(m.group(0) in _PLAIN_CAPITALS for m in _CAPITALISED_RE.finditer(text, 1))


def _numbered_season_subject(c: Candidate) -> str | None:
    """With no main show, a sentence naming no show that numbers a season anywhere ("The
    streamer had ordered ten episodes each for seasons 3 and 4") speaks of the show last
    named on its own, when no sentence since named any show: as ``_running_subject``, the
    subject has not changed, though the sentence opens on something else."""
    last = c.ctx.last_named
    if last is None or c.view.mentions or last[1] != c.ctx.last_any_named:
        return None
    if c.ctx.sentence_number - last[1] > _RUNNING_SUBJECT_REACH:
        return None
    if COUNTED_SHOWS_RE.search(c.text) or not NUMBERED_SEASON_RE.search(_clause_text(c)) \
            or not _names_nothing_else(c.text.lstrip()):
        return None
    return last[0]


def _last_named(c: Candidate) -> str | None:
    """The show the last sentences (up to four back) named on their own, when this one
    speaks of a show it does not name."""
    last = c.ctx.last_named
    if last is None or c.view.mentions:
        return None
    if c.ctx.sentence_number - last[1] > 4:
        return None
    if COUNTED_SHOWS_RE.search(c.text):
        return None  # "Four comedies bit the dust": other shows, unnamed
    if not REFERS_TO_SHOW_RE.search(c.text):
        return None
    shows = _of_referred_genre(c, [last[0]])  # "the drama": never a comedy (round 36)
    return shows[0] if len(shows) == 1 else None


_RENEWAL_DETERMINER = r"(?:(?i:its|the|an?|their|this|that|his|her)|[\w.-]{1,25}['’]s)\s{1,3}"
_RENEWAL_QUALIFIER = (r"(?i:earlier|previous|prior|recent|initial|early|surprise|"
                      r"[\w-]{1,12}-season|season\s{1,3}\d{1,2})\s{1,3}")
#: Right before a renewal word, a verb that undoes it: "reversing its renewal", "rescinded
#: the season 3 renewal", "reverses Glass Harbor renewal", "walked back its decision to renew";
#: only a show's name, a season and a qualifier between (not "reversed course and renewed").
_RENEWAL_UNDONE_BEFORE_RE = re.compile(
    r"\b(?i:revers(?:e|es|ed|ing)|undo(?:es|ing)?|undid|rescind(?:s|ed|ing)?|"
    r"revok(?:e|es|ed|ing)|overturn(?:s|ed|ing)?|walk(?:s|ed|ing)?\s{1,3}back)\s{1,3}"
    rf"(?:{_RENEWAL_DETERMINER})?(?i:(?:decision|plan|move|choice)\s{{1,3}}to\s{{1,3}})?"
    # (a title-case headline's words are no show's name: "Reverses Course And Renews")
    rf"(?:{_RENEWAL_QUALIFIER}|(?!(?i:and|or|but|then|course|decision|to|on|after|with|"
    rf"plans?)\b)[A-Z][\w'’.:-]{{0,25}}\s{{1,3}}){{0,5}}$")
#: Right before a decision word, a lead that tells it as the show's past, background to the
#: news: concessive ("despite its cancellation at Fox", "in spite of an earlier renewal") or
#: temporal ("after being cancelled by", "following its cancellation", "after it was renewed",
#: "having been axed", "once cancelled", "previously renewed"). Not "after cancelling Y" (the
#: subject's own act of the news) nor "after a season" (no decision word right after).
_BACKGROUND_DECISION_BEFORE_RE = re.compile(
    r"\b(?:(?i:despite|in\s{1,3}spite\s{1,3}of|notwithstanding)\s{1,3}"
    r"(?i:having\s{1,3}(?:been\s{1,3})?|being\s{1,3})?"
    rf"(?:{_RENEWAL_DETERMINER})?(?:{_RENEWAL_QUALIFIER}){{0,2}}"
    r"|(?i:after|following|since)\s{1,3}"
    r"(?:(?i:being|having\s{1,3}been|it\s{1,3}(?:was|had\s{1,3}been)|"
    rf"the\s{{1,3}}(?:{common_show_nouns(5)})\s{{1,3}}(?:was|had\s{{1,3}}been))\s{{1,3}}"
    r"(?:(?i:abruptly|suddenly|unceremoniously|initially|first|originally)\s{1,3})?"
    rf"|{_RENEWAL_DETERMINER}(?:{_RENEWAL_QUALIFIER}){{0,2}})"
    r"|(?i:having\s{1,3}been|once|previously|formerly|originally)\s{1,3})$")
#: "after Fox" (a named decider, "had") right before a decision word whose object is the
#: sentence's own show ("it", "the series"): "X was rescued by Netflix after Fox cancelled it".
_AFTER_NAMED_DECIDER_RE = re.compile(
    r"\b(?i:after|since|following)\s{1,3}[A-Z][\w&+.'’-]{0,25}(?:\s{1,3}[A-Z][\w&+.'’-]{0,25})"
    r"{0,2}\s{1,3}(?:(?i:had|originally|initially|first|abruptly)\s{1,3})?$")
_SAME_SHOW_OBJECT_RE = re.compile(
    rf"(?i)^\s{{1,3}}(?:it|the\s{{1,3}}(?:{common_show_nouns(5)}))\b")
#: A sentence that tells the news it follows up as coming after or despite something ("The
#: move comes after ...", "The decision comes despite ..."): what it then tells is background.
_MOVE_COMES_RE = re.compile(
    r"(?i)^\W{0,3}(?:the|this|that|its|their)\s{1,3}(?:move|decision|news|announcement|"
    r"renewal|cancell?ation|order|pick-?up|revival|axing)\s{1,3}(?:comes?|came|follows?|"
    r"followed|arrives?|arrived)\s{1,3}(?:despite|after|following|amid|just\s{1,3}"
    r"(?:days|weeks|months)\s{1,3}after)\b")


#: Inside a trigger phrase, the words before its decision verb ("is expected to |cancel").
_DECISION_VERB_INSIDE_RE = re.compile(r"(?i)\bto\s+(?=(?:cancel|renew)\w*$)")


def _decision_ahead(c: Candidate) -> bool:
    """A decision still ahead: the hedge before the trigger ("is expected to renew"), or the
    trigger's own words before its verb when the phrase holds them ("is expected to cancel",
    "plans to cancel"), so the two decisions read one hedge alike."""
    end = c.trigger.start
    inside = _DECISION_VERB_INSIDE_RE.search(c.text, c.trigger.start, c.trigger.end)
    if inside:
        end = inside.end()
    return DECISION_AHEAD_RE.search(c.text[max(c.clause[0], c.trigger.start - 45):end]) \
        is not None


#: "After Fox" right before a decision noun: a headline's bare network in the place of a
#: possessive ("Saved By Hulu After Fox Cancellation").
_BARE_DECIDER_BEFORE_RE = re.compile(
    r"\b(?i:after|following|despite)\s{1,3}[A-Z][\w+&.-]{1,20}\s{1,3}$")
#: A decision told as a noun, not a verb: "Cancellation", "renewal".
DECISION_NOUN_RE = re.compile(r"(?i)cancell?ation|renewal|axing")


def _told_as_background(c: Candidate) -> bool:
    """A renewal or a cancellation the sentence tells as the show's past, background to the
    news ("Despite its cancellation at Fox, X was renewed", "The move comes after the show
    was renewed"): a fact of its own, as the labelling guide has it, but not one that just
    happened."""
    if c.kind not in DECISIONS:
        return False
    before = c.text[max(0, c.trigger.start - 70):c.trigger.start]
    if _BACKGROUND_DECISION_BEFORE_RE.search(before):
        return True
    if _BARE_DECIDER_BEFORE_RE.search(before) and DECISION_NOUN_RE.fullmatch(
            c.text[c.trigger.start:c.trigger.end]):
        return True  # a headline's "Saved By Hulu After Fox Cancellation" (round 17)
    if c.kind == "renewed" and _RENEWAL_UNDONE_BEFORE_RE.search(before):
        return True  # "reversing its renewal": a renewal that was, now undone
    if _AFTER_NAMED_DECIDER_RE.search(before) and _SAME_SHOW_OBJECT_RE.match(
            c.text[c.trigger.end:c.trigger.end + 30]):
        return True  # "rescued by Netflix after Fox cancelled it"
    lead = _MOVE_COMES_RE.match(c.text)
    return lead is not None and lead.end() <= c.trigger.start


def _background_cancellation_of_returning_show(c: Candidate) -> bool:
    """A cancellation told as background beside the show's renewal or return in the same
    sentence ("Despite its cancellation at Fox, X was renewed for a third season"), given the
    season the return states: the cancelled season is the one before, the last made."""
    if not _told_as_background(c) or not c.seasons or len(c.seasons) != 1:
        return False
    season = c.seasons[0]
    if season is None or season < 2 or _after_n_seasons(c):
        return False
    returns = [t for t in c.view.triggers if t.kind == "renewed" and t.start != c.trigger.start]
    if returns and not c.view.all_seasons and c.target is not None \
            and c.target.show == c.ctx.main_show and season == c.ctx.main_season:
        return True  # "Saved By Hulu After Fox Cancellation" over a fourth season's order
    return any(s[2] and season in s[2] and not c.clause[0] <= s[0] < c.clause[1]
               for s in c.view.all_seasons) and bool(returns)


def _other_show_referred(c: Candidate) -> bool:
    """The event reached its show by reference or by default (no name of the sentence owns
    it), and its subject or object is a show told apart from that one."""
    if _target_mention(c) is not None:
        return False
    before = c.text[max(c.clause[0], c.trigger.start - 60):c.trigger.start]
    if OTHER_SHOW_SUBJECT_RE.search(before):
        return True
    if OTHER_SHOW_APPOSED_SUBJECT_RE.search(c.text[max(0, c.trigger.start - 140):c.trigger.start]):
        return True  # "her other show, a comedy on Hulu, was cancelled"
    return c.kind in DECISIONS and OTHER_SHOW_OBJECT_RE.match(
        c.text[c.trigger.end:c.clause[1]]) is not None


#: Right after a headline's trigger, the capitalised name it is for, in a headline written in
#: sentence case ("Kestrel sets September 12 return for Lisbon"); no season word after it.
HEADLINE_FOR_NAME_RE = re.compile(
    r"\s{0,2}(?:(?:for|of)\s{1,3})?[\"“‘']?(?!(?:Season|Series|Part|Volume|The|A|An|Its|"
    r"Their|Another|New)\b)[A-Z][\w'’-]+")


def _headline_for_unnamed(c: Candidate) -> bool:
    """``drop.headline_for_another``: a headline's trigger for a capitalised name that is no
    show the article holds ("Kestrel sets September 12 return for Lisbon") is that other
    show's news, not the main show's (round 39); a title-case headline is not read so."""
    if not c.view.is_title or c.view.mentions or c.ctx.main_show is None:
        return False
    words = _trigger_text(c)
    if not re.search(r"\b(?:for|of)\s*$", words) or not re.search(r"\b[a-z]{3,}\b", words):
        return False
    return HEADLINE_FOR_NAME_RE.match(c.text, c.trigger.end) is not None


def _target_show(c: Candidate, show: str) -> Candidate:
    return replace(c, targets=(Target(show, (), None),))


def _after_mention(c: Candidate) -> str:
    """The text right after the target's mention (its title may be spelled differently)."""
    assert c.target is not None
    position = c.target.position or 0
    match = MENTION_TAIL_RE.match(c.text[position:])
    return c.text[position + (match.end() if match else 0):][:40]


def _is_spinoff(c: Candidate) -> bool:
    assert c.target is not None
    return c.target.position is not None and SPINOFF_AFTER_RE.match(_after_mention(c)) is not None


#: After "the X spinoff": where the spinoff's own name starts.
_SPINOFF_NAMED_RE = re.compile(
    r"(?i)^['’]?s?\s+(?:spinoff|spin-off|prequel|sequel|reboot)\s{0,3}(?:\(\s{0,2}|,\s{1,3}|"
    r"\s(?:called|titled|named|dubbed)\s{1,3}|"
    # round 39: a quoted name right after the noun ("'X' spinoff 'Y'") ...
    r"(?=[\"“‘']))[\"“‘']?"
    # ... or any name after a possessive's noun ("X's spin-off Y", not "the X spinoff Kestrel
    # ordered")
    rf"|^{POSSESSIVE}\s+(?:spinoff|spin-off|prequel|sequel)\s{{1,3}}(?=(?-i:[A-Z0-9]))")


def _named_spinoff(c: Candidate) -> Any:
    """The mention naming the spinoff right after "the X spinoff", if the sentence has one."""
    assert c.target is not None
    if c.target.position is None:
        return None
    after = _after_mention(c)
    match = _SPINOFF_NAMED_RE.match(after)
    if match is None:
        return None
    start = c.text.find(after, c.target.position) + match.end()
    return next((m for m in c.view.mentions if m.start == start), None)


def _to_named_spinoff(c: Candidate, mention: Any) -> Candidate:
    assert c.target is not None
    return replace(c, target=Target(mention.show, c.target.seasons, mention.start))


def _target_mention(c: Candidate) -> Any:
    """The mention the fact's target was named by, if it was named in this sentence."""
    target = _target(c)
    if target.position is None:
        return None
    return next((m for m in c.view.mentions if m.start == target.position), None)


#: Between a decision's verb and the first name after it: lower-case words only (no name, no
#: clause mark), at most twelve; the opening quote of the name may close it.
_LOWER_OBJECT_GAP_RE = re.compile(r"(?:\s{1,3}[a-z][a-z'’-]{0,24}){1,12}\s{1,3}[\"“‘']?")
#: A stop between the first name after the decision and the fact's own name.
_CLAUSE_STOP_RE = re.compile(r"[.;:!?()—–]")


def _decision_on_another_thing(c: Candidate) -> bool:
    """The decision's object (the trigger ends on a decision's own verb or idiom:
    ``lists.DECISION_VERB_END_RE``), told in lower-case words before the first name after it,
    is a thing of its own ("plans for", "spin-offs of", "a film of", "a deal for":
    ``lists.object_breaks``), and the fact's show is named after it in the same clause:
    "Kestrel cancelled plans for spin-offs of the dramas Salt Road and Copper Vale" cancels
    the plans, not the dramas (round 31)."""
    mention = _target_mention(c)
    trig = c.trigger
    if mention is None or mention.start < trig.end or \
            not DECISION_VERB_END_RE.search(_trigger_text(c)):
        return False
    first = min((m.start for m in c.view.mentions if m.start >= trig.end), default=mention.start)
    if first - trig.end > 400:
        return False
    gap = c.text[trig.end:first]
    return bool(_LOWER_OBJECT_GAP_RE.fullmatch(gap)) and object_breaks(gap) and \
        _CLAUSE_STOP_RE.search(c.text, first, mention.start) is None


def _farewell_to_another(c: Candidate) -> bool:
    """A farewell idiom's trigger (``trigger.farewell_*``) whose object, the name right after
    "to", is not the fact's show: "said goodbye to Emily Clarke after three seasons on Salt
    Road" is a person's farewell, which the title stage dropped as a name (round 33)."""
    if not (FAREWELL_RUN_ENDED_RE.match(c.text, c.trigger.start) or
            FAREWELL_FINAL_SEASON_RE.match(c.text, c.trigger.start)):
        return False
    mention = _target_mention(c)
    return mention is not None and bool(c.text[c.trigger.end:mention.start].strip("\"“‘' "))


def _other_work(c: Candidate) -> bool:
    """The name stands for another kind of work that bears it: "the X movie", "'X' Christmas
    Special Sets December 24 Premiere", "the stage adaptation of X"; or this mention calls it
    a work ("the novel X", "X, the new film from Jane Doe,") where another mention made it a
    show ("renewed X, based on the novel X, ..."); not a season noun and its number after the
    name ("X Book 2", round 39)."""
    mention = _target_mention(c)
    if mention is None:
        return False
    return bool(OTHER_WORK_AFTER_RE.match(c.text[mention.end:mention.end + 40])
                and not season_noun_after(c.text, mention.end)
                or OTHER_WORK_BEFORE_RE.search(c.text[max(0, mention.start - 45):mention.start])
                or work_cued(c.text, mention.start, mention.end))


def _foreign_version(c: Candidate) -> bool:
    """The name is the original of the decided show, remade in another country or language:
    "Tovrel has cancelled its American remake of X", "A Korean adaptation of X has been
    renewed" — another show, unnamed (round 39; the word read against the demonyms)."""
    mention = _target_mention(c)
    if mention is None:
        # the headline's "Tovrel Cancels Remake" or "Remake Axed", its show only the main one
        return c.text == c.ctx.article.title and (
            REMAKE_AFTER_TRIGGER_RE.match(c.text, c.trigger.end) is not None
            or REMAKE_BEFORE_TRIGGER_RE.search(c.text[max(0, c.trigger.start - 40):
                                                      c.trigger.start]) is not None)
    if "of" not in c.text[max(0, mention.start - 8):mention.start]:
        return False
    match = FOREIGN_VERSION_BEFORE_RE.search(c.text, max(0, mention.start - 60), mention.start)
    if match is None:
        return False
    who = match.group("who").lower()
    return who in vocabulary().demonyms or who.startswith("u")


def _reference_over_passing_name(c: Candidate) -> str | None:
    """The show a sentence opening on a described reference ("The crime drama ...", "The
    'Glass Harbor' spin-off show ...") speaks of, when the fact's target is a name after a
    preposition ("as 'X'", "before 'X'", "about X"), not the trigger's subject or object: the
    previous sentence's only show, or the article's main show."""
    mention = _target_mention(c)
    if mention is None or not REFERENCE_SUBJECT_RE.match(c.text):
        return None
    if not PASSING_PREPOSITION_RE.search(c.text[max(0, mention.start - 30):mention.start]):
        return None
    shows = _previous_shows(c)
    referred = shows[0] if len(shows) == 1 else c.ctx.main_show
    return referred if referred and referred != mention.show else None


def _fronted_topic(c: Candidate, mention: Any) -> bool:
    """The sentence opens on the name as its topic ("As for X, it returns in May", "For X, the
    renewal ...", "In X's case, ..."): what follows speaks of X, not of a show by reference."""
    after = TOPIC_AFTER_RE.match(c.text, mention.end)
    if after is None or not TOPIC_BEFORE_RE.fullmatch(c.text, 0, mention.start):
        return False
    return bool(after.group("case")) or not TOPIC_IN_RE.match(c.text)


def _referred_over_passing_name(c: Candidate) -> str | None:
    """The referred show, when the fact's target is a name in passing outside the trigger's
    clause (a comparison, a credit, an adverbial clause of its own) and the trigger's clause
    names no show but refers to one."""
    mention = _target_mention(c)
    if mention is None or c.view.is_title:
        return None
    place = c.view.clause_of(mention.start)
    if place == c.clause or any(c.clause[0] <= m.start < c.clause[1] for m in c.view.mentions):
        return None
    if _fronted_topic(c, mention):
        return None  # "As for X, it returns in May": X is what "it" refers to
    antecedent = c.view.relative_antecedent(c.trigger)
    if antecedent is not None and c.view.mentions[antecedent].start == mention.start:
        return None  # "X, the comedy that Kestrel axed": the appositive's relative is X's
    clause = _clause_text(c)
    if WHICH_START_RE.search(clause) or not (SHOW_REFERENCE_RE.search(clause)
                                             or SEASON_REFERENCE_RE.search(clause)):
        return None
    before = c.text[max(0, mention.start - 50):mention.start]
    found = passing_cue(before)
    passing = bool(found or CREDIT_BEFORE_RE.search(before)) or bool(
        ADVERBIAL_OPEN_RE.match(c.text, place[0], place[1]) and mention.end < c.clause[0])
    if not passing:
        return None
    referred = _referred_show(c)
    return referred if referred and referred != mention.show else None


#: Before a name, a preposition that makes it neither the subject nor the object of the
#: trigger's clause ("likened to X", "worked with X", "starring in X"); not "of", which a
#: season word before it makes the name's own ("a second season of X").
_PREPOSITION_BEFORE_RE = re.compile(
    r"(?i)\b(?:to|with|on|at|by|in|into|for|from|about|as|like|unlike|than|before|after|since|"
    r"alongside|besides|behind|including)\s{1,3}(?:the\s{1,3})?['‘\"“]?$")


#: The words a clause's subject may open on before a name ("The", "NBC's", "New";
#: ``SUBJECT_LEAD_WORD``).
_SUBJECT_LEAD_WORDS_RE = re.compile(rf"[\s\"“‘'(]*(?:{SUBJECT_LEAD_WORD}[\s\"“‘'(]+)*")
#: A clause opening on a subject of its own: a reference ("but this one returns", "and the
#: series premieres", "it arrives") or a season ("the new season starts filming").
_OWN_SUBJECT_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:and|but|while|whereas|so|yet|as|though|although)\s{1,3})?(?:it|"
    rf"(?:this|that) one|(?:the|this|that|its) (?:[\w'’-]+ ){{0,2}}(?:{SHOW_NOUN_ALT}|one|"
    r"season|series))\b")


def _in_passing_position(c: Candidate, mention: Any) -> bool:
    """The name is neither the subject nor the object of the trigger's clause: it stands after
    a preposition or a cue ("likened to X", "who starred in X"), as a credit ("the former X
    star"), or inside another clause it does not open as its subject ("Created by Jane Doe,
    who also made X, the series returns ..."). A name opening a clause of its own is its
    subject, and the trigger's too unless the trigger's clause has a subject of its own ("X
    was cancelled, but this one returns"); a relative clause hanging on the name ("X, which
    returns in October") is the name's."""
    found = c.view.relative_antecedent(c.trigger)
    if found is not None and c.view.mentions[found].start == mention.start:
        return False  # "NBC also has X, which returns in October": the relative is X's
    place = c.view.clause_of(mention.start)
    before = c.text[max(place[0], mention.start - 60):mention.start]
    if (passing_cue(before) or CREDIT_BEFORE_RE.search(before)
            or _PREPOSITION_BEFORE_RE.search(before)
            or CREDIT_AFTER_RE.match(c.text, mention.end, min(len(c.text), mention.end + 40))):
        return True
    if place == c.clause:
        return False
    head = c.text[place[0]:mention.start]
    if not (len(head.split()) <= 4 and _SUBJECT_LEAD_WORDS_RE.fullmatch(head)):
        return True  # inside a clause it does not open
    return bool(_OWN_SUBJECT_RE.match(c.text, c.clause[0], c.trigger.start))


def _subject_over_once_named(c: Candidate) -> str | None:
    """The article's main show, when the fact's show is named in a sentence that tells two
    kinds of event or more and whose every name the article says once — not in its headline,
    never its main show — and holds in passing (``_in_passing_position``): a sentence that
    gives passing names a cluster of news (a date, a count, a renewal) speaks of the show the
    article is about, which it calls by a reference or leaves unsaid."""
    view, ctx = c.view, c.ctx
    main = ctx.main_show
    if not main or view.is_title or any(m.show == main for m in view.mentions):
        return None
    if _target_mention(c) is None:
        return None
    kinds = {t.kind for t in view.triggers} | {c.kind} | {kind for kind, _, _ in c.also}
    if EPISODE_COUNT_RE.search(c.text):
        kinds.add("episode_count")
    if len(kinds) < 2:
        return None
    # every name the sentence holds is said once, in passing ("who starred in X and Y")
    if any(ctx.named_times.get(m.show, 0) > 1 or m.show in ctx.headline_shows
           or not _in_passing_position(c, m) for m in view.mentions):
        return None
    return main


def _to_referred_show(c: Candidate, show: str) -> Candidate:
    return replace(c, target=Target(show, (), None))


#: A sentence opening on a show or a season called by what it is, then an aside ("The comedy,
#: inspired by X, ...", "The second season, which picks up after X, ...", "The show (a remake
#: of X) ..."): the subject's end and the aside's opening.
_REFERENCE_ASIDE_OPEN_RE = re.compile(
    r"(?i)^\W{0,3}(?:(?:the|this|its)\s(?:(?!(?:other|another|new|former|latter|same)\b)"
    rf"[\w'’-]+\s){{0,3}}?(?:{SHOW_NOUN_ALT})|(?:the|this|its)\s(?:[\w'’-]+\s){{0,3}}?season"
    r"|season\s(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))"
    r"(?:\s(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten))?"
    r"(?P<open>\s{0,2},\s|\s{1,3}\(|\s{1,3}[–—]\s)")
#: Inside such an aside, before the name, a word that governs it (a preposition, a relative
#: pronoun, a verb or a participle): the name is what the aside speaks of, not the subject's
#: other name ("The drama, the Kestrel hit Glass Harbor, ..." names the subject).
_ASIDE_GOVERNOR_RE = re.compile(
    r"\b(?:of|by|from|after|before|about|like|unlike|with|to|for|in|on|at|than|behind|into|"
    r"over|via|alongside|opposite|which|that|who|whose|where|sees|saw|follows|followed|"
    r"following|stars|starring|starred|features|featuring|featured|replaces|replacing|"
    r"replaced|inspired|based|adapted|set|remakes?|reboots?|spin-?offs?|prequels?|sequels?)\b")
#: The aside names its subject ("The drama, titled X, ...", "The show, or X, ..."), or the name
#: is a season's ("The show, the third season of X, ...").
_ASIDE_NAMING_RE = re.compile(
    r"(?i)\b(?:titled|entitled|called|named|dubbed|known\s+as|aka|a\.k\.a\.|or|"
    r"seasons?\s+(?:\w+\s+)?of|series\s+\w+\s+of)\s+(?:the\s+)?[\"“‘'*]?\Z")


def _reference_subject_over_aside_name(c: Candidate) -> str | None:
    """The show a sentence opening on a reference subject speaks of ("The comedy, inspired by
    X, has been cancelled", "The second season, which picks up after the events of X,
    premieres June 4", "The show, a remake of the Tovrel drama X, has been renewed"), when
    the fact's target is a name inside the subject's aside, governed there by a preposition,
    a relative clause or a participle, and the trigger's clause after the aside names no
    show: the status is the subject's, the referred show's (round 24, r24names)."""
    mention = _target_mention(c)
    if mention is None or c.view.is_title:
        return None
    opening = _REFERENCE_ASIDE_OPEN_RE.match(c.text)
    if opening is None or not opening.end() <= mention.start < mention.end <= c.clause[0] \
            or c.clause[0] > c.trigger.start:
        return None
    if any(c.clause[0] <= m.start < c.clause[1] for m in c.view.mentions):
        return None
    closing = c.text[opening.end():c.clause[0]].rstrip()
    if not closing.endswith((",", ")", "–", "—")):
        return None
    before = c.text[opening.end():mention.start]
    if not _ASIDE_GOVERNOR_RE.search(before) or _ASIDE_NAMING_RE.search(before):
        return None
    referred = _referred_show(c)
    return referred if referred and referred != mention.show else None


def _named_in_passing(c: Candidate) -> bool:
    """The target is named in a comparison, a recommendation or a credit ("If you liked X,
    Y premieres ...", "Much like X, Y has been renewed", "Y, from the team behind X, ..."),
    outside the trigger's clause; a relative clause on the name ("Unlike X, which was
    cancelled, ...") still speaks of it."""
    mention = _target_mention(c)
    if mention is None:
        return False
    if RERUN_OF_BEFORE_RE.search(c.text[max(0, mention.start - 40):mention.start]):
        return True  # "will schedule repeats of X in its place": old episodes, in any clause
    if c.view.clause_of(mention.start) == c.clause:
        return False
    if WHICH_START_RE.search(_clause_text(c)):
        return False
    before = c.text[max(0, mention.start - 50):mention.start]
    found = passing_cue(before)
    return bool(found) or from_crew(c.text, before, mention.end)


def _series_order(c: Candidate) -> bool:
    target = c.target
    assert target is not None
    # a show the next sentence names ("Hulu has ordered a new drama. Glass Harbor ..."):
    # the order's words are all before it
    before = c.text if target.position is None and target.new_show else \
        c.text[:target.position] if target.position is not None else None
    if before is not None and any(
            s[2] and max(s[2]) >= 2 and c.trigger.start <= s[0] < len(before)
            for s in c.view.all_seasons):
        # (round 36) "ordered a second season of new drama X": the new show's renewal
        return False
    if ORDER_WORD_RE.search(_trigger_text(c)) is None:
        return False
    # round 41: "Kestrel has handed X a series order", "X was ordered to series": an order to
    # series, whatever the show is called, where the sentence numbers no season
    if not c.view.all_seasons and SERIES_ORDER_PHRASE_RE.search(c.text) \
            and not SERIES_ORDER_UNDONE_RE.search(c.text):
        return True
    return (before is not None
            and (SERIES_ORDER_RE.search(before) is not None or (
                target.position is None and INTRODUCED_RE.search(before) is not None)))


def _plan_changed(c: Candidate) -> bool:
    """Whether the sentence of a plan told in the past says it changed ("was expected in May,
    but it was delayed"). A "but" or "however" before the plan opens the plan's own clause
    ("had no slot on the schedule, but it was expected to premiere in the autumn": the plan
    stands)."""
    return any(m.group(0).lower() not in ("but", "however") or m.start() > c.trigger.start
               for m in PLAN_CHANGED_RE.finditer(c.text))


def _first_season_planned(c: Candidate, found: Any) -> Candidate:
    # A series order for a new show is not a renewal: its first season is planned.
    return replace(c, kind="premiere", seasons=(1,), certainty="expected", inferred=False,
                   date=None if c.inferred else c.date)


def _to_listing_topic(c: Candidate, found: Any) -> Candidate:
    assert c.target is not None and c.ctx.topic is not None
    return replace(c, target=Target(c.ctx.topic, c.target.seasons, None))


# --- seasons ---------------------------------------------------------------------------------


def _target(c: Candidate) -> Target:
    assert c.target is not None
    return c.target


def _seasons(c: Candidate, found: Any) -> Candidate:
    return replace(c, seasons=tuple(found))


def _entry_season(c: Candidate, found: Any) -> Candidate:
    """A tracker line's season; a decision there with no time of its own takes the day the
    line's head gives ("Title, May 3, 2031. Season 4. Renewed well ahead of its finale.")."""
    c = _seasons(c, found)
    if c.kind in DECISIONS and c.ctx.entry_date and (c.date is None or c.inferred):
        return replace(c, date=c.ctx.entry_date, inferred=False)
    return c


def _count(word: str, default: int | None = None) -> int | None:
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word, default)


def _first_season_near(c: Candidate) -> Any:
    text, trig, clause = c.text, c.trigger, c.clause
    found = FIRST_SEASON_RE.search(
        text[max(clause[0], trig.start - 25):min(clause[1], trig.end + 25)])
    return found and not _uk_series_premiere(c, found) and [1]


def _inside_trigger(c: Candidate) -> Any:
    trig = c.trigger
    inside = [s for s in c.view.free_seasons if s[2] and trig.start <= s[0] < trig.end]
    if not inside:
        return None
    target = c.target
    if target is not None and target.seasons and target.group and target.position is not None \
            and target.position >= trig.end:
        return None  # a remnant past the trigger with its own note ('..., and "B" for a second')
    if c.kind == "cancelled":
        # "there will be no second season": the last season made is the first
        return [n - 1 if n and n > 1 else n for n in inside[0][2]]
    return list(inside[0][2])  # "followed by a third and final season"


def _elliptic_renewal(c: Candidate) -> Any:
    """"renewed for a second shortly after": the ordinal alone is the season."""
    end = c.trigger.end
    if c.text[c.trigger.start:end].lower().endswith(" for"):
        end -= 4  # the trigger holds its "for" ("picked up for a 4th.": round 38)
    found = ELLIPTIC_FOR_RE.match(c.text[end:end + 60])
    if not found:
        return None
    position = _target(c).position
    if position is not None and position >= end + found.end():
        return None  # 'renewed A for a fourth and final season and B for a second': A's note
    number = ordinal_number(found.group("ord"))
    second = ordinal_number(found.group("ord_b")) if found.group("ord_b") else None
    if number and second and second == number + 1:
        return [number, second]  # "renewed for a fourth and fifth." (round 37)
    return number and [number]


def _after_current(c: Candidate) -> Any:
    """A renewal of a show the article says is on air in (or just ended) its Nth season, with
    no season of its own in the clause: season N+1 ("X, now in its third season, has been
    renewed")."""
    current = c.ctx.current_seasons.get(_target(c).show)
    if current is None or MORE_SEASONS_RE.search(c.text[c.trigger.start:c.trigger.end + 40]):
        return None  # "renewed for two more seasons": season.more_seasons counts them
    spans = [(m.start(), m.end()) for m in CURRENT_SEASON_RE.finditer(c.text)]
    if any(c.clause[0] <= s[0] < c.clause[1] and s[2]
           and not any(a <= s[0] < b for a, b in spans) for s in c.view.all_seasons):
        return None  # the clause names the renewal's season
    return [current + 1]


def _next_to_show(c: Candidate) -> Any:
    target = _target(c)
    same_clause = target.position is not None and c.view.clause_of(target.position) == c.clause
    # a show the trigger governs past its clause ("the renewal of A and B for their third
    # seasons, and of C for its 31st season") keeps the season phrase of its own
    governed_later = target.position is not None and target.position > c.trigger.end
    if target.seasons and (_own_subject_between(c) or _own_season_phrase(c)):
        return None
    found = target.seasons and (same_clause or target.position is None or governed_later) \
        and list(target.seasons)
    if found and target.position is not None and any(
            m.start == target.position and season_noun_at(c.text, m.start, m.end)
            for m in c.view.mentions):
        _note(SEASON_NOUN_AT_NAME)  # "X Part 5", "Part 5 of X": the season noun's number
    return found


def _final_of_arc_in_sentence(c: Candidate) -> Any:
    if not FINAL_GENERIC_RE.search(_clause_text(c)):
        return None
    arc = SEASON_ARC_RE.search(c.text)
    return arc is not None and [_count(arc.group("n").lower())]


def _part_is_season(c: Candidate) -> Any:
    if not c.ctx.parts_are_seasons:
        return None
    numbers = {_count(m.group("n").lower()) for m in PART_NUMBER_RE.finditer(_clause_text(c))}
    return len(numbers) == 1 and None not in numbers and list(numbers)


def _own_season_phrase(c: Candidate) -> bool:
    """In a sentence of two events, the trigger has a season phrase of its own right before or
    after it: "X season 2 premiered on May 3 and has been renewed for a third season",
    "renewed X for a third season, a week after season 2 premiered". The season named with
    the show is the other event's."""
    position = _target(c).position
    if position is None or position >= c.trigger.start or len(c.view.triggers) < 2:
        return False
    trig = c.trigger
    for start, end, numbers, _ in c.view.free_seasons:
        if not numbers or start < position:
            continue
        if 0 <= trig.start - end <= 3 or (0 <= start - trig.end <= 25
                                          and RIGHT_AFTER_SEASON_GAP_RE.fullmatch(
                                              c.text[trig.end:start])):
            return True
    return False


def _own_subject_between(c: Candidate) -> bool:
    """"X's second season premiered in January and the show was renewed in March": the
    season named with the show is the first verb's; the trigger after it has a subject of its
    own ("the show", "it") and its season is not that one."""
    position = _target(c).position
    if position is None or position >= c.trigger.start:
        return False
    if not any(position < t.start < c.trigger.start for t in c.view.triggers):
        return False
    return OWN_SUBJECT_RE.search(c.text[position:c.trigger.start]) is not None


def _right_after_trigger(c: Candidate) -> Any:
    if _target(c).position is not None:
        return None
    trig = c.trigger
    right_after = [s for s in c.view.free_seasons if s[2] and 0 <= s[0] - trig.end <= 25
                   and RIGHT_AFTER_SEASON_GAP_RE.fullmatch(c.text[trig.end:s[0]])]
    return right_after and list(right_after[0][2])


def _return_place_season(c: Candidate) -> Any:
    """The season right after a return told with where it goes ("returns to Kestrel for a
    third season"): the return's, though the place's name stands nearer to it."""
    if not RETURN_TO_PLACE_RE.search(_trigger_text(c)):
        return None
    trig = c.trigger
    # the trigger ends on "for a": the season phrase follows it at once
    right_after = [s for s in c.view.all_seasons if s[2] and 0 <= s[0] - trig.end <= 3
                   and not c.text[trig.end:s[0]].strip()]
    return right_after and list(right_after[0][2])


def _before_trigger(c: Candidate) -> Any:
    if _target(c).position is not None:
        return None
    trig, clause = c.trigger, c.clause
    before = [s for s in c.view.free_seasons if s[2] and s[0] < trig.start
              and (clause[0] <= s[0] or s[0] <= 5)]
    if before and not any(m.start < trig.start for m in c.view.mentions):
        return list(before[-1][2])
    return None


def _more_seasons_to_end(c: Candidate) -> Any:
    """"renewed for two more seasons, taking it through season 5": the sentence tells the
    last of the seasons ordered (or names them, "its fourth and fifth"), so they are the ones
    ending there, whatever the article's main season (round 36: 6 and 7 were read, counted
    on from the headline's season 5)."""
    end = c.trigger.end + 40
    more = MORE_SEASONS_RE.search(c.text[c.trigger.start:end])
    if not more:
        return None
    count = min(_count(more.group("n").lower(), 1) or 1, 5)
    told = MORE_SEASONS_END_RE.match(c.text, c.trigger.start + more.end(),
                                     c.trigger.start + more.end() + 160)
    if not told:
        return None
    if told.group("first"):
        first, last = ORDINALS[told.group("first").lower()], ORDINALS[told.group("last").lower()]
        return list(range(first, last + 1)) if last - first + 1 == count and first > 1 else None
    word = told.group("end_n") or told.group("total")
    last_season = _count(word.lower()) if word else ordinal_number(told.group("end_ord"))
    if last_season is None or last_season - count + 1 < 2 or last_season > 60:
        return None
    return list(range(last_season - count + 1, last_season + 1))


def _more_seasons(c: Candidate) -> Any:
    more = MORE_SEASONS_RE.search(c.text[c.trigger.start:c.trigger.end + 40])
    if not more:
        return None
    count = _count(more.group("n").lower(), 1) or 1
    show = _target(c).show
    if show != c.ctx.main_show:
        return [None]
    # the current season: the store's latest aired, else the article's main season (a
    # limited series renewed has had one); never a blind guess
    base = c.ctx.aired_seasons.get(show) or c.ctx.current_seasons.get(show) or \
        c.ctx.main_season
    if not base:
        return [None]
    return list(range(base + 1, base + 1 + min(count, 5)))


def _run_length(c: Candidate) -> Any:
    """The run the article gives the show elsewhere ("X ran for three seasons")."""
    number = c.ctx.run_lengths.get(_target(c).show)
    return [number] if number else None


def _renewal_of_named(c: Candidate) -> Any:
    """"Netflix has renewed X. The drama's second season will premiere in 2025": the renewal
    is of the season the article goes on to name, when it tells no season of X as aired."""
    show = _target(c).show
    if _is_main(c) and c.ctx.main_season:
        return None  # the main season rule reads it
    named = c.ctx.named_seasons.get(show)
    if not named or named < 2 or c.ctx.named_ahead.get(show) != named \
            or show in c.ctx.aired_in_article \
            or show in c.ctx.current_seasons or show in c.ctx.aired_seasons \
            or show in c.ctx.run_lengths:
        return None
    return [named]


def _first_season_of(c: Candidate, shows: frozenset[str]) -> list[int | None] | None:
    """Season 1 of a show ``shows`` holds (new ones the article tells as commissioned by parts,
    called new elsewhere, or given a pilot), when the article numbers no season of it and the
    trigger tells no return (which speaks of a season after one): the one reading of
    ``season.commissioned_by_parts_is_first``, ``season.called_new_elsewhere`` and
    ``season.pilot_is_first``."""
    show = _target(c).show
    if show not in shows or c.ctx.named_seasons.get(show) \
            or RETURN_FAMILY_RE.search(_trigger_text(c)):
        return None
    return [1]


def _one_season_show(c: Candidate) -> list[int | None] | None:
    """``season.one_season_show``: season 1 of a show the article calls a kind that runs one
    season (a limited series, a miniseries, a one-off or "three-part" drama), when the
    article numbers no season of it, does not write it as returning and the trigger tells no
    return; a renewal of it (a limited series renewed after all) is of season 2."""
    show = _target(c).show
    if show not in c.ctx.one_season_shows or c.ctx.named_seasons.get(show) \
            or c.ctx.referred_seasons.get(show) or show in c.ctx.returning \
            or RETURN_FAMILY_RE.search(_trigger_text(c)):
        return None
    if c.kind != "renewed":
        return [1]
    # "renewed the limited series X for two more seasons": the seasons after its one
    more = MORE_SEASONS_RE.search(_clause_text(c))
    count = (_count(more.group("n").lower(), 1) or 1) if more else 1
    return list(range(2, 2 + min(count, 5)))


def _new_in_passing_season(c: Candidate) -> list[int | None] | None:
    """``season.new_in_passing``: season 1 (a renewal: 2) of a show told new in passing,
    when the article numbers no season of it, does not write it as returning and the
    trigger tells no return."""
    show = _target(c).show
    if show not in c.ctx.new_in_passing or c.ctx.named_seasons.get(show) \
            or c.ctx.referred_seasons.get(show) or show in c.ctx.returning \
            or RETURN_FAMILY_RE.search(_trigger_text(c)):
        return None
    return [2 if c.kind == "renewed" else 1]


#: A show called new in its own fact's sentence, after its name (round 24): "premieres June 5
#: as the network's new drama", "which was one of the new comedies of the fall", "weeks after
#: the new drama premiered", "the first new thriller of the fall to go". A determiner, an
#: owner or "one of" before "new"; a kind of show after it, not "series" (a British new
#: season), "season" or "episodes".
_CALLED_NEW_AFTER_NAME_RE = Caseless(
    r"(?i)\b(?:(?:the|a|an|its|their|this|[\w+&!.-]{2,20}['’]s)\s+|one\s+of\s+"
    r"(?:(?:the|its|their|[\w+&!.-]{2,20}['’]s)\s+)?(?:\w+\s+)?)(?:[\w'’-]+\s+)?"
    rf"{NEW_WORDS}\s+(?:[\w-]+\s+)?(?:{NEW_KIND_ALT})\b",
    stems=NEW_STEMS)


#: Right before the words calling a show new, a comparison or a preposition that makes them
#: another show ("the same night as the network's new comedy", "alongside its new drama").
_OTHER_SHOW_GOVERNED_RE = re.compile(
    r"(?i)(?:\bsame\s+(?:[\w-]+\s+){0,2}as|\b(?:than|with|alongside|against|opposite|"
    r"replacing|replaces|replaced|like|unlike|including|besides|from|to|for|over|"
    r"into|behind|plus|versus|vs\.?))\s+\Z")


def _called_new_after_name(c: Candidate) -> list[int | None] | None:
    """``season.called_new_in_own_sentence``: season 1 (a renewal: 2) of a show its fact's
    own sentence calls new after its name, the one show the sentence names up to there and
    no name right after the words (they would bring in that show), where the article numbers
    no season of it, does not write it as returning and the trigger tells no return. Round
    24: the new-show readers before it read "new" right after the name or in a sentence
    naming no show."""
    target = _target(c)
    show = target.show
    if target.position is None or c.ctx.named_seasons.get(show) \
            or c.ctx.referred_seasons.get(show) or show in c.ctx.returning \
            or show in c.ctx.aired_in_article or show in c.ctx.current_seasons \
            or RETURN_FAMILY_RE.search(_trigger_text(c)):
        return None
    mentions = c.view.mentions
    for called in _CALLED_NEW_AFTER_NAME_RE.finditer(c.text):
        if called.start() <= target.position:
            continue
        if _OTHER_SHOW_GOVERNED_RE.search(c.text, max(0, called.start() - 40), called.start()):
            return None  # "the same night as the network's new comedy": another show
        if any(m.show != show and m.start < called.start() for m in mentions) \
                or any(called.end() <= m.start <= called.end() + 3 for m in mentions):
            return None
        return [2 if c.kind == "renewed" else 1]
    return None


def _called_new_before_named(c: Candidate) -> list[int | None] | None:
    """``season.called_new_before_named``: season 1 (a renewal: 2) of a show a line naming
    none brought in as new before it was named (``ctx.new_before_named``), with the gates of
    ``season.new_in_passing``: no season of it numbered, not written as returning, no return
    in the trigger."""
    show = _target(c).show
    if show not in c.ctx.new_before_named or c.ctx.named_seasons.get(show) \
            or c.ctx.referred_seasons.get(show) or show in c.ctx.returning \
            or show in c.ctx.aired_in_article or show in c.ctx.current_seasons \
            or RETURN_FAMILY_RE.search(_trigger_text(c)):
        return None
    return [2 if c.kind == "renewed" else 1]


def _event_of_named(c: Candidate) -> Any:
    """"X returns on October 3. The drama's third season follows Mara to Lisbon": a premiere,
    a shoot or a count naming no season is of the one the article goes on to name ahead for
    the show, as a renewal is (``_renewal_of_named``), when it tells no season of X as aired;
    a premiere told as past ("X premiered in 2029") is an aired season's, not the one ahead."""
    show = _target(c).show
    if _is_main(c) and c.ctx.main_season:
        return None  # the main season rule reads it
    # named next to the show, or in a sentence naming none right after one naming it alone
    # (not any sentence naming no show: a reader's question about another show is not X's)
    told = max(c.ctx.show_seasons.get(show, set()) | {c.ctx.referred_seasons.get(show, 0)})
    named = c.ctx.named_seasons.get(show)
    if not told or told != named or told < 2 or c.ctx.named_ahead.get(show) != named \
            or show in c.ctx.aired_in_article \
            or show in c.ctx.current_seasons or show in c.ctx.aired_seasons \
            or show in c.ctx.run_lengths:
        return None
    if c.kind == "premiere" and _trigger_tense(c) is False:
        return None
    return [named]


def _event_ahead_of_aired(c: Candidate) -> Any:
    """``season.event_ahead_of_aired``: "Tovrel renewed the drama for a third season, after
    the second season premiered in January. Filming begins in June.": a premiere, a shoot or
    a wrap still to come, naming no season, of a show whose article tells one season as aired
    and names a higher one, is of that higher one (the season still to be made), not
    unnumbered: ``_event_of_named``'s reading, across an aired season it refuses (round 21).
    An event told as past may be the aired season's and is left alone."""
    show = _target(c).show
    if _is_main(c) and c.ctx.main_season:
        return None  # the main season rule reads it
    aired = c.ctx.aired_in_article.get(show)
    named = c.ctx.named_seasons.get(show)
    if aired is None or named is None or named <= aired or show in c.ctx.current_seasons:
        return None
    if c.certainty == "confirmed":
        # a confirmed event is ahead only when its own words say so, or its date is not past
        if _trigger_tense(c) is not True and (
                c.date is None or _is_before_month(c.date, c.ctx.article.published)):
            return None
    elif _trigger_tense(c) is False:
        return None
    return [named]


def _gapped_count_season(c: Candidate) -> Any:
    """"X's order is for 22 episodes while Y's is for 13": Y's count is of the season the
    article names for Y ("Y (Season 2)"), not X's. A gapped count's span opens on Y's
    possessive (``facts._gapped_counts``); a count phrase never does."""
    if c.text[c.trigger.start:c.trigger.start + 1] not in ("'", "’"):
        return None
    named = c.ctx.named_seasons.get(_target(c).show)
    return [named] if named else None


def _cancelled_after_aired(c: Candidate) -> Any:
    """The last season made, when the article tells it as aired: "X has been cancelled. Its
    third season premiered in March" is season 3 (not when a later season is named: "season
    3 premiered in March; season 4 was to follow")."""
    show = _target(c).show
    aired = c.ctx.aired_in_article.get(show) or c.ctx.current_seasons.get(show)
    if aired is None or c.ctx.named_seasons.get(show, 0) > aired:
        return None
    return [aired]


#: The word that sets a cancellation against the plan told before it in its sentence ("was set
#: for a third season, but Kestrel cancelled it", "only for Kestrel to cancel it").
_PLAN_UNDONE_JOIN_RE = re.compile(r"(?i)\b(?:but|yet|however|only\s{1,3}(?:for|to))\b")


def _plan_undone_season(c: Candidate) -> Any:
    """``season.plan_undone_in_sentence``: "X was set for a third season, but Kestrel has
    cancelled it", "X had been renewed for a third season, but the network reversed course and
    cancelled the show": a cancellation naming no season, in a clause that refers back to the
    show the sentence named before it, set by "but", "yet", "only for" against the plan of
    the sentence's one season phrase (one number, before the trigger's clause): that season,
    the one the cancellation undid (as "had planned a third season of X, but cancelled it" and
    "a week after ordering a third season" read already). Not when a show other than the
    target is named in the sentence, but as a credit ("from the team behind Y"); not when the
    trigger's clause names a show (round 33)."""
    target = _target(c)
    # names in the trigger's clause are only its decider's ("but Kestrel cancelled it")
    if any(m.start >= c.clause[0] for m in c.view.mentions) and \
            not c.view.decides_referred(c.trigger):
        return None
    mentions = [m for m in c.view.mentions if m.start < c.clause[0]]
    if not any(m.show == target.show for m in mentions):
        return None
    for m in mentions:
        if m.show != target.show and m.show not in target.group and \
                not named_as_credit(c.text, m):
            return None
    seasons = [s for s in c.view.all_seasons if s[2]]
    if len(seasons) != 1 or len(set(seasons[0][2])) != 1:
        return None
    start, end, numbers, _ = seasons[0]
    if start >= c.clause[0] or end > c.trigger.start:
        return None
    if not _PLAN_UNDONE_JOIN_RE.search(c.text[end:c.trigger.start]):
        return None
    # the show named before its season phrase, as the plan's subject
    if not any(m.show == target.show and m.end <= start for m in mentions):
        return None
    return [numbers[0]]


#: "after its fourth season", "after season 4": the season a show ends after, made.
_AFTER_NAMED_SEASON_RE = re.compile(
    r"(?i)\bafter\s+(?:its|the|their)\s+(?P<n>[a-z]+|\d{1,2}(?:st|nd|rd|th)?)\s+season\b"
    r"|\bafter\s+season\s+(?P<n2>\d{1,2})\b")


def _cancelled_latest_named(c: Candidate) -> Any:
    """The season before the highest one the article names for the cancelled show ("X has
    been cancelled. The drama halted production on its fourth season": 3): a season told only
    as ordered, in production or halted was never finished (one told as aired is read by
    ``season.cancelled_after_aired`` first), and a cancellation carries the last season made.
    The scorer accepts that season's successor too; the status layer does not (round 18: S4
    cancelled left its shoot's time line with a false alert)."""
    if _is_main(c) and c.ctx.main_season:
        return None  # the main season rule reads it
    show = _target(c).show
    named = max(c.ctx.named_seasons.get(show, 0), c.ctx.referred_seasons.get(show, 0))
    if not named:
        return None
    # "ends after its fourth season", "after season 4": that season was made
    for after in _AFTER_NAMED_SEASON_RE.finditer(c.ctx.article.text):
        word = after.group("n") or after.group("n2")
        if (int(word) if word.isdigit() else ordinal_number(word)) == named:
            return [named]
    return [max(named - 1, 1)]


def _after_n_seasons(c: Candidate) -> Any:
    text, trig, mentions = c.text, c.trigger, c.view.mentions
    target = _target(c)
    if target.position is not None:
        after = AFTER_SEASONS_RE.search(text[target.position:target.position + 130])
        if after and any(target.position < m.start < target.position + after.start()
                         for m in mentions):
            after = None  # that count belongs to the next show of the list
        if after is None and not any(trig.start < m.start < trig.end + 60 for m in mentions):
            after = AFTER_SEASONS_RE.search(text[trig.start:trig.end + 60])
    else:
        after = AFTER_SEASONS_RE.search(text[trig.start:trig.end + 60])
    if not after:
        ran = RAN_SEASONS_RE.search(text)
        if ran and not any(m.show != target.show for m in mentions):
            return [_count((ran.group("n") or ran.group("n2")).lower(), 1)]
        return None
    if after.group("ord"):
        return [ORDINALS.get(after.group("ord").lower(), None)]
    return [_count((after.group("n") or "one").lower(), 1)]


_AFTER_ITS_ORDINAL_RE = re.compile(r"(?i)\bafter\s+(?:this,\s+)?(?:just\s+|only\s+)?its\s+\w+"
                                  r"\s+season\b")


def _season_after_run(c: Candidate) -> Any:
    """``season.season_after_run_count``: the run the article counts for the show ("renewed
    after three seasons", "X, which has run for three seasons,", "X ran for three seasons")
    is the seasons made; a renewal, or a premiere still to come, is of the one after. Round
    22: the count was read as the article's main season, so the renewal took the last aired
    season, or none."""
    if c.kind == "premiere" and _trigger_tense(c) is not True:
        return None
    # (not "after its first season": an ordinal names a season, which other rules read, and
    # "after its first season debuted" is another event, no run)
    counted = None if _AFTER_ITS_ORDINAL_RE.search(c.text) else _after_n_seasons(c)
    after = None if counted else AFTER_SEASONS_RE.search(c.text)
    if after and not after.group("ord") and after.end() < c.trigger.start:
        # "After two seasons (on Tovrel), X returns in June": the count opens the sentence;
        # another name inside that opening frame is no show of the count
        comma = c.text.find(",", after.end())
        frame = comma if 0 <= comma < c.trigger.start else after.end()
        if not any(m.show != _target(c).show and m.start >= frame for m in c.view.mentions):
            counted = [_count((after.group("n") or "one").lower(), 1)]
    number = counted[0] if counted else c.ctx.run_lengths.get(_target(c).show)
    if not number or number >= 40:
        return None
    return [number + 1]


def _run_told_as_count(c: Candidate) -> Any:
    """``season.run_told_as_count``: the run told as a count in passing is the seasons made;
    a cancellation ends the last of them, a renewal or a premiere still to come is the next.
    The run readers before it (``run_length_elsewhere``, ``season_after_run_count``) win. A
    count under a season the article names for the show is an earlier run ("first cancelled
    after a four-season run", beside "season seven"): nothing."""
    show = _target(c).show
    number = c.ctx.runs_told_as_count.get(show)
    if not number or number >= 40 or c.ctx.named_seasons.get(show, 0) > number:
        return None
    if c.kind == "cancelled":
        return [number]
    if c.kind == "premiere" and _trigger_tense(c) is not True:
        return None
    return [number + 1]


#: Between a season phrase and a relative clause about it: "third season| of Glass Harbor, |
#: which was ordered".
_ANTECEDENT_GAP_RE = re.compile(r"(?:\s+of\s+[^,;()]{1,60})?,\s{0,2}")
#: Right before a season phrase named as a companion of the subject's: "alongside season 2".
_COMPANION_RE = re.compile(r"(?i)\b(?:alongside|along with|together with)\s+$")
#: Right before a season phrase ordered together with another: "alongside season 2".
_ALONGSIDE_RE = re.compile(r"(?i)\b(?:alongside|along with|together with|as well as|and)\s+$")


def _relative_order_seasons(c: Candidate) -> Any:
    """"the fourth season of X, which was ordered alongside season 3": the season phrase the
    'which' clause follows, and any season ordered 'alongside' it in the clause."""
    if not _trigger_text(c).lower().startswith(("which", "that")):
        return None
    view, trig = c.view, c.trigger
    before = [s for s in view.all_seasons if s[1] <= trig.start and len(s[2]) == 1
              and _ANTECEDENT_GAP_RE.fullmatch(c.text[s[1]:trig.start])]
    if not before:
        return None
    numbers = [before[-1][2][0]]
    for start, _, found, _ in view.all_seasons:
        if trig.end <= start < c.clause[1] and len(found) == 1 and _ALONGSIDE_RE.search(
                c.text[max(trig.end, start - 20):start]) and found[0] not in numbers:
            numbers.append(found[0])
    return sorted(numbers)


def _season_brought_to_count(c: Candidate) -> Any:
    """"ordered nine more episodes, bringing its first season to 22": the season phrase inside
    the phrase that gives the new count."""
    brought = COUNT_TOTAL_RE.match(c.text[c.trigger.end:c.trigger.end + 80])
    if brought is None:
        return None
    end = c.trigger.end + brought.end()
    numbers = [s[2] for s in c.view.all_seasons if c.trigger.end <= s[0] < end and len(s[2]) == 1]
    return list(numbers[0]) if len(numbers) == 1 else None


def _season_of_another_trigger(c: Candidate, start: int) -> bool:
    """The season phrase at ``start`` completes another trigger between this one and it ("X
    premiered in August and was renewed for a second season": the second season is the
    renewal's)."""
    return any(t.kind != c.kind and c.trigger.end <= t.start and t.end <= start
               and _COMPLEMENT_GAP_RE.fullmatch(c.text[t.end:start]) is not None
               for t in c.view.triggers)


def _season_subject_after_link(c: Candidate, phrase: SeasonPhrase) -> bool:
    """The season phrase is another event's, linked in time (``dates.linked_event_subject``):
    not this trigger's."""
    found = datemod.linked_event_subject(c.text, phrase[0], phrase[1], [
        t.start for t in c.view.triggers if t.start != c.trigger.start and t.kind == c.kind])
    if found:
        _note(datemod.LINKED_EVENT_SUBJECT)
    return found


def _first_season_in_sentence(c: Candidate) -> Any:
    """"series premiere", "debut season" anywhere in the sentence: season 1, unless the words
    are another event's, linked in time ("returns on June 5, after its first season debuted
    in June": ``_season_subject_after_link``)."""
    found = FIRST_SEASON_RE.search(c.text)
    if found is None or _season_subject_after_link(c, (found.start(), found.end(), [1], None)):
        return None
    if _uk_series_premiere(c, found):
        return None
    return [1]


def _uk_series_premiere(c: Candidate, found: re.Match[str]) -> bool:
    """``FIRST_SEASON_RE`` found "series premiere" in a sentence of a return ("Series
    premiere: X returns to Kestrel ..."): the UK press' series a season, a returning show's,
    no first season (round 39, ``season.uk_series_premiere``)."""
    if found.group(0).lower() != "series premiere" or not RETURN_FAMILY_RE.search(c.text):
        return False
    _note(UK_SERIES_PREMIERE)
    return True


def _note(name: str) -> None:
    """Record in the trace a rule a condition applied on its way (a record of ``_rule``)."""
    event = _EVENT.get()
    if event is not None:
        event.rules.append(check(name))


#: A month or season standing before its event's noun ("an August premiere").
_ATTRIBUTIVE_DATE_RE = re.compile(r"(?i)(?:a|an|its|the|their)\s")
#: Right after a premiere noun, a date set for it: "a premiere set for August 9", "a premiere
#: date: August 9" (the event lies ahead, whatever the sentence's other verbs; a bare
#: "release date" may be an aired season's).
_DATE_SET_AFTER_RE = re.compile(
    r"(?i)\s{0,2}(?:date:|(?:is\s|was\s)?(?:now\s)?(?:set|scheduled|slated|penciled|"
    r"pencilled)\s(?:in\s)?(?:for|on)\b)")
#: A trigger that ends on a date moved to its new day (round 36): "premiere has been pushed
#: back to", "has been brought forward to", "was delayed until" — the day it names lies ahead,
#: whatever the perfect's tense ("The premiere has been pushed back to 14 July" in May is this
#: July, not last).
_MOVED_TO_END_RE = re.compile(
    r"(?i)\b(?:pushed|delayed|moved|bumped|postponed|shifted|brought|put)\s(?:back\s|up\s|"
    r"forward\s)?(?:to|until|till)\s?$|\brescheduled\sfor\s?$")
#: Between a trigger and the season phrase it governs: "renewed| for a |second season".
_COMPLEMENT_GAP_RE = re.compile(r"(?i)\s{0,2}(?:for\s{1,2})?(?:(?:a|an|its|the|their)\s{1,2})?")


def _relative_aside(text: str, clause: Clause, at: int) -> Clause | None:
    """The bounds of the ", which ...," aside that holds position ``at`` inside its clause: a
    trigger there speaks of the show's past ("X, which premiered in 2021, was renewed for a
    third season"), and the clause's season phrases outside it are not its."""
    opens = list(RELATIVE_OPEN_RE.finditer(text, max(0, at - 120), at))
    if not opens:
        return None
    start = opens[-1].start()
    end = text.find(",", at, max(clause[1], at + 160))
    if end < 0 or "," in text[opens[-1].end():at]:
        return None
    return (start, end)


def _in_clause(c: Candidate) -> Any:
    nearby = _in_clause_phrases(c)
    if nearby:
        nearest = min(nearby, key=lambda s: abs(s[0] - c.trigger.start))
        return list(nearest[2])
    return None


def _subject_season_before_join(c: Candidate) -> Any:
    """``season.subject_of_joined_clause``: "Good news for fans of X: a second season is
    being made, and will air early next year", "a third series has been confirmed, and will
    premiere in June": a trigger in a clause joined by "and" / "but" that leaves its subject
    out takes the season phrase that is the subject of the clause before it (one number, the
    sentence's last season phrase before the trigger, no other show named between it and the
    trigger, the fact's show named before it, none after it) (round 36)."""
    text, trig, target = c.text, c.trigger, _target(c)
    if target.position is None or not c.view.all_seasons:
        return None
    join = ELIDED_SUBJECT_JOIN_RE.search(text, max(0, trig.start - 80), trig.start)
    if not join:
        return None
    before = [s for s in c.view.all_seasons if s[1] <= join.start()]
    if not before or any(join.start() < s[0] < trig.end for s in c.view.all_seasons):
        return None
    start, end, numbers, _ = before[-1]
    if len(numbers) != 1 or target.position > start or any(
            m.show != target.show and target.position < m.start < trig.start
            for m in c.view.mentions):
        return None
    if not SEASON_SUBJECT_BEFORE_RE.search(text, max(0, start - 30), start) or \
            not SEASON_SUBJECT_AFTER_RE.match(text[end:end + 20]):
        return None
    return list(numbers)


def _renewed_in_fronted_phrase(c: Candidate) -> Any:
    """``season.renewed_in_fronted_phrase``: "Following its renewal for a second season, X
    began filming in March", "Days after being renewed for a third season, X wrapped": a
    shoot, a wrap, a premiere still to come or a count of the show that is the subject right
    after a fronted phrase with no subject of its own telling the show's renewal for a
    season, the sentence's one season phrase, is of that season, the one the renewal made
    (round 25). A premiere told as past may be the season before ("Days after being renewed
    for a second season, X premiered"): not read."""
    at = _target(c).position
    if at is None or c.trigger.start < at or any(m.start < at for m in c.view.mentions):
        return None
    phrase = c.text[:at].rstrip(" \"“‘'")
    if not phrase.endswith(",") or not FRONTED_RENEWAL_OPENER_RE.match(phrase) or \
            not FRONTED_RENEWAL_WORD_RE.search(phrase):
        return None
    seasons = c.view.all_seasons
    if len(seasons) != 1 or seasons[0][1] > len(phrase) or len(seasons[0][2]) != 1:
        return None
    if c.kind == "premiere" and _trigger_tense(c) is not True:
        return None
    return list(seasons[0][2])


def _complement_after_trigger(c: Candidate) -> Any:
    """``season.complement_after_trigger``: "X has wrapped season 2 and began filming season
    3", "X wrapped its second season and started shooting its third season in May": of the
    clause's season phrases (``season.in_clause``'s), the one nearest the trigger's span,
    when that is the one right after it and ``season.in_clause`` — which counts from the
    trigger's first letter, so a phrase ending just before a long trigger wins a tie — would
    take one before it (round 25)."""
    nearby = _in_clause_phrases(c)
    if not nearby:
        return None
    trig = c.trigger
    by_start = min(nearby, key=lambda s: abs(s[0] - trig.start))
    # a tie goes to the phrase after the trigger, its complement ("its" before each)
    by_span = min(nearby, key=lambda s: (trig.start - s[1] + 1 if s[1] <= trig.start
                                         else s[0] - trig.end if s[0] >= trig.end else 0))
    if by_span is by_start or by_span[0] < trig.end or by_start[1] > trig.start or \
            set(by_span[2]) == set(by_start[2]):
        return None
    return list(by_span[2])


def _in_clause_phrases(c: Candidate) -> list[SeasonPhrase] | None:
    """The season phrases ``season.in_clause`` chooses among: in the trigger's clause (or its
    relative aside), none completing another trigger, none of a linked event or a companion;
    None when another show is named in the clause."""
    view, clause, target = c.view, c.clause, _target(c)
    scope: Clause = clause
    if WHICH_START_RE.search(c.text[clause[0]:clause[1]]):
        previous_clauses = [k for k in view.clauses if k[1] <= clause[0]]
        if previous_clauses:
            scope = (previous_clauses[-1][0], clause[1])
    aside = _relative_aside(c.text, clause, c.trigger.start)
    if aside:
        scope = aside  # "X, which debuted in 2019, was picked up for a fourth season"
    nearby = [s for s in view.free_seasons if scope[0] <= s[0] < scope[1] and s[2]
              and (scope in (clause, aside) or target.position is None
                   or s[0] > target.position)
              and not _season_of_another_trigger(c, s[0])
              and not _season_subject_after_link(c, s)
              # "ordered alongside season 3": a companion, not the clause's season
              and not _COMPANION_RE.search(c.text[max(0, s[0] - 20):s[0]])]
    if nearby and (target.position is None or not any(
            m.show != target.show and m.show not in target.group
            and clause[0] <= m.start < clause[1] for m in view.mentions)):
        return nearby
    return None


def _next_after_aired(c: Candidate, reach: int, cue_before: Caseless, cue_chars: int,
                      aired_after: Caseless, also_after: Caseless | None = None) -> Any:
    """The season after the one season phrase that follows the trigger (starting before
    ``reach``, none before the trigger in its clause) when ``cue_before`` ends the
    ``cue_chars`` before it and ``aired_after`` follows it (or ``also_after``, read over
    ``AIRED_SPAN`` characters): the phrase names a season that aired, the event is the next
    one's."""
    after = [s for s in c.view.all_seasons
             if c.trigger.end <= s[0] < reach and len(s[2]) == 1]
    if len(after) != 1 or any(s[0] < c.trigger.start and c.clause[0] <= s[0]
                              for s in c.view.all_seasons):
        return None
    start, end, numbers, _ = after[0]
    if not cue_before.search(c.text[max(c.trigger.end, start - cue_chars):start]):
        return None
    if aired_after.match(c.text[end:end + 40]):
        return [numbers[0] + 1]
    told = also_after.match(c.text[end:end + AIRED_SPAN]) if also_after is not None else None
    if told is None:
        return None
    # "renewed after the second season of Salt Acre drew well": another show's season
    show = _target(c).show
    if any(m.show != show and end <= m.start < end + told.end() for m in c.view.mentions):
        return None
    return [numbers[0] + 1]


def _renewal_after_aired(c: Candidate) -> Any:
    """"The renewal comes three months after season 2 launched": the one season phrase after
    the trigger in its clause names the season that aired; the renewal is the next one.
    (Round 38: the aired words of ``SEASON_AIRED_AFTER_RE`` too, "after the second season of
    the thriller premiered", "after the show's second season hit screens".)"""
    return _next_after_aired(c, c.clause[1], AFTER_EVENT_BEFORE_RE, 40, AIRED_AFTER_RE,
                             SEASON_AIRED_AFTER_RE)


def _renewal_after_season_run(c: Candidate) -> Any:
    """"Renewed after a strong second season", "following the finale of its second season":
    the one season phrase after the trigger names the season the renewal came on the
    strength of; the renewal is the next one."""
    return _next_after_aired(c, c.clause[1], SEASON_RUN_BEFORE_RE, 60, SEASON_RUN_AFTER_RE)


def _renewal_after_run_opening(c: Candidate) -> Any:
    """``season.renewal_after_run_opening``: "After a successful first season, Nightjar has
    been renewed.": the sentence opens on the season the renewal came on the strength of,
    the one season phrase of the sentence, before the trigger; the renewal is the next one
    (``_renewal_after_season_run``'s reading, the phrase opening the sentence; round 21)."""
    phrases = [s for s in c.view.all_seasons if len(s[2]) == 1]
    if len(phrases) != 1 or len(c.view.all_seasons) != 1:
        return None
    start, end, numbers, _ = phrases[0]
    if end > c.trigger.start or start > 60:
        return None
    if SEASON_RUN_BEFORE_RE.search(c.text[:start]) is None or not re.match(
            r"\W{0,3}(?:after|following|on\s+the|off\s+the|coming\s+off|thanks\s+to)\b",
            c.text, re.IGNORECASE):
        return None
    if not re.match(r"\s*,", c.text[end:end + 3]):
        return None  # "After a first season of Marsh Light, ...": another show's season
    return [numbers[0] + 1]


#: Round 24: a season told in the fact's sentence as run or running — "ahead of the second
#: season's finale", "after the show's second season finale", "following a second season that
#: drew record audiences" — with the cue before it ("ahead of", "before", "after", ...) or its
#: finale, its run right after it.
_RUN_CUE_BEFORE_RE = Caseless(
    r"(?i)\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to|after|following|on\s+the\s+heels\s+"
    r"of|coming\s+off)\s+(?:(?:a|an|the|its|their|the\s+show['’]s|the\s+series['’])\s+)?$",
    stems=("ahead", "before", "run-up", "after", "following", "heels", "coming off"))
_RUN_TOLD_AFTER_RE = Caseless(
    r"(?i)^(?:['’]s|-season)?\s+(?:finale|closer|final\s+episode)\b|^,?\s+(?:that|which)\s+"
    r"(?:drew|ended|aired|wrapped|concluded|scored|earned|won|averaged)\b",
    stems=("finale", "closer", "final", "drew", "ended", "aired", "wrapped", "concluded",
           "scored", "earned", "won", "averaged"))
_NEXT_NOT_NAMED_RE = re.compile(
    r"(?i)\b(?:another|next|additional|further|follow-up)\s+(?:[\w-]+\s+)?"
    r"(?:season|series|instal?lment|chapter|one)\b")


def _next_after_run_in_sentence(c: Candidate) -> Any:
    """``season.next_after_run_in_sentence``: "X has started filming its next season,
    following a second season that drew record audiences", "Tovrel renewed X ahead of the
    second season's finale": the sentence's one season phrase names a season told as run
    (its finale, its run, after / ahead of it) while the fact is of "the next season" (or a
    renewal told before that season's finale): the season after it. ``season.in_clause`` and
    ``season.next_of_known`` read the run season itself, one short (round 24)."""
    if c.kind == "cancelled":
        return None
    phrases = [s for s in c.view.all_seasons if s[2]]
    if len(phrases) != 1 or len(phrases[0][2]) != 1:
        return None
    start, end, numbers, _ = phrases[0]
    show = _target(c).show
    if any(m.show != show for m in c.view.mentions):
        return None
    before = c.text[max(0, start - 40):start]
    after = c.text[end:end + 40]
    cued = _RUN_CUE_BEFORE_RE.search(before) is not None
    told = _RUN_TOLD_AFTER_RE.match(after) is not None
    if not told or (not cued and "finale" in after.lower()):
        return None  # "...; the second season finale airs Sunday" tells no run
    if _NEXT_NOT_NAMED_RE.search(c.text) is None and not (
            c.kind == "renewed" and cued and re.search(r"(?i)(?:ahead\s+of|before|run-up\s+to)"
                                                      r"\s+\S+(?:\s+\S+)?\s*$", before)):
        return None
    return [numbers[0] + 1]


#: Round 25: a season's own event named right after its phrase ("its season 2 premiere",
#: "the second-season finale", "season two's debut"), and the time cue before the phrase
#: ("ahead of", "days after", "following", "on the heels of"; an owner between).
_SEASON_EVENT_NOUN_RE = re.compile(
    rf"(?i){POSSESSIVE}?[\s-]{{0,2}}(?:premiere|finale|debut|opener|closer|launch)\b")
_SEASON_EVENT_CUE_RE = re.compile(
    r"(?i)\b(?:ahead\s+of|before|after|following|in\s+the\s+run-up\s+to|on\s+the\s+heels\s+"
    r"of|coming\s+off|since)\s+(?:(?:a|an|the|its|their)\s+)?"
    rf"(?:[\w-]+{POSSESSIVE}?\s+){{0,3}}?$")


def _renewal_beside_season_event(c: Candidate) -> Any:
    """``season.renewal_beside_season_event``: "Tovrel has renewed X days after its season 2
    premiere", "Ahead of its second-season finale, X has been renewed", "Tovrel renewed X
    following the second season's debut": a renewal with no season of its own, told before
    or after the premiere, finale or debut of the one season the sentence names (one number;
    the event's owner is not checked, so "the season 2 premiere of its rival" counts too), is
    of the season after it — ``season.renewal_after_aired``'s reading
    ("after season 2 premiered") told with the event's noun (round 25). A cancellation so
    told is of that season itself, the last made ("cancelled a week after its season 2
    finale" is 2; ``season.cancelled_after_n`` read "after its season" as one season)."""
    phrases = [s for s in c.view.all_seasons if s[2]]
    if len(phrases) != 1 or len(phrases[0][2]) != 1:
        return None
    start, end, numbers, _ = phrases[0]
    show = _target(c).show
    if any(m.show != show for m in c.view.mentions):
        return None
    if not _SEASON_EVENT_NOUN_RE.match(c.text, end) or \
            not _SEASON_EVENT_CUE_RE.search(c.text[max(0, start - 60):start]):
        return None
    return [numbers[0]] if c.kind == "cancelled" else [numbers[0] + 1]


#: Round 25: an ordinal standing alone for a season ("began filming its third", "started
#: production on a third", "renewed the drama X for a third"): no noun after it, only the end
#: of the clause or a word that opens a time or a clause; not a list of ordinals ("a third and
#: final season" is a season phrase of its own). "First" and the adjectives of a first season
#: never stand for a later one (``_LATER_ORDINALS``). Round 26: named apart from
#: ``patterns.ELLIPTIC_ORDINAL_RE`` (an ordinal in a contrast, "while the second").
_LATER_ORDINALS = ordinal_alternation("first", "sophomore", "freshman", "debut", "inaugural")
_ORDINAL_ALONE_RE = re.compile(
    rf"(?i)\b(?:a|an|its|their|the)\s+(?P<ord>{_LATER_ORDINALS}|\d{{1,2}}(?:nd|rd|th))"
    rf"(?!,?\s+(?:and\s+)?(?:an?\s+)?(?:final|last|{_LATER_ORDINALS}|\d)|,\s+and\b)"
    r"(?=\s*(?:[.;:!?)]|,|$)|\s+(?:on|in|at|for|with|this|next|later|early|and|but|when|"
    r"while|after|before|since|as|by|from|ahead|starting|beginning|soon|shortly|last|to|"
    r"that|which|will|would|could|may|might|is|was|has|had|began|begins|started|starts|"
    r"wrapped|wraps|premieres|premiered|debuts|arrives|gets|got)\b)")

#: Between the trigger and its ordinal: a few words, no clause break ("wrapped its second
#: season and Y has ordered ten episodes for its third" is another clause's ordinal). Words
#: are kept apart by the spaces between them: a separator that may be empty would let one
#: long word split six ways (seconds on a run of dashes).
_ELLIPTIC_GAP_WORD = r"(?!and\b|but\b|while\b|which\b|who\b)[^\s,;:.]+"
_ELLIPTIC_GAP_RE = re.compile(
    rf"(?i)\s*(?:{_ELLIPTIC_GAP_WORD}(?:\s+{_ELLIPTIC_GAP_WORD}){{0,5}}\s*)?")


def _elliptic_ordinal_after_run(c: Candidate) -> Any:
    """``season.elliptic_ordinal_after_run``: "X has wrapped its second season and began
    filming its third", "After the success of its second season, X has started production on
    a third", "Following a second season that drew record ratings, Tovrel has renewed the
    drama X for a third": the event's season is the ordinal standing alone after its trigger
    (before any other trigger), the one after the season the sentence names for the show —
    that season noun is the ordinal's. ``season.in_clause`` read the named season (one short)
    or nothing (round 25; never a cancellation, nor a sentence naming another show)."""
    if c.kind == "cancelled":
        return None
    phrases = [s for s in c.view.all_seasons if s[2]]
    if not phrases:
        return None
    show = _target(c).show
    if any(m.show != show for m in c.view.mentions):
        return None
    limit = min([t.start for t in c.view.triggers if t.start >= c.trigger.end]
                + [len(c.text), c.trigger.end + 90])
    # from the trigger's start: "returns for a" ends on the ordinal's article
    found = _ORDINAL_ALONE_RE.search(c.text[c.trigger.start:limit])
    if found is None or not _ELLIPTIC_GAP_RE.fullmatch(
            c.text[c.trigger.end:max(c.trigger.end, c.trigger.start + found.start())]):
        return None
    at = c.trigger.start + found.start("ord")
    number = ordinal_number(found.group("ord"))
    ran = [n for s in phrases if not s[0] <= at < s[1] for n in s[2]]
    if number is None or not ran or max(ran) + 1 != number:
        return None
    return [number]


#: Round 25: a season phrase right before the noun a premiere is told by ("its second-season
#: premiere", "the season 2 premiere", "the drama's season-two debut"): the premiere's own
#: season. Groups: ord (an ordinal), num (a digit or a number word).
_SEASON_BEFORE_PREMIERE_NOUN_RE = re.compile(
    rf"(?i)(?:\b(?P<ord>{_LATER_ORDINALS}|first|sophomore|\d{{1,2}}(?:st|nd|rd|th))"
    r"[\s-]+(?:season|series)|\b(?:season|series)[\s-]+(?P<num>\d{1,2}|"
    rf"{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})){POSSESSIVE}?[\s-]*$")
#: The noun itself, at the trigger ("premiere", "debut", "opener", "launch").
_PREMIERE_NOUN_AT_RE = re.compile(r"(?i)(?:premiere|debut|opener|launch)\b")


def _season_before_premiere_noun(c: Candidate) -> Any:
    """``season.season_before_premiere_noun``: "Ahead of its second-season premiere on June 5,
    Tovrel has renewed X for a third season", "X has been renewed for a third season. The
    drama's season-two premiere is set for June 5": a premiere told by its noun with a season
    right before it is of that season; ``season.stated`` and ``season.main_show`` gave it the
    renewal's season (round 25)."""
    trig = c.trigger
    if not _PREMIERE_NOUN_AT_RE.match(c.text, trig.start, trig.end):
        return None
    found = _SEASON_BEFORE_PREMIERE_NOUN_RE.search(c.text[max(0, trig.start - 40):trig.start])
    if found is None:
        return None
    if found.group("num"):
        word = found.group("num").lower()
        number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    else:
        number = ordinal_number(found.group("ord"))
    return number and [number]


def _shoot_while_aired(c: Candidate) -> Any:
    """"The shoot started while season 3 was still airing": the one season phrase right after
    the trigger names the season that was out; the shoot is the next one's."""
    return _next_after_aired(c, c.trigger.end + 30, WHILE_BEFORE_RE, 20, AIRING_AFTER_RE)


def _for_season_after_aside(c: Candidate) -> Any:
    """"renewed X, hosted by Y, for a third season": the season after an aside."""
    view, trig, target = c.view, c.trigger, _target(c)
    for start, _, numbers, _ in view.free_seasons:
        if not numbers or not 0 < start - trig.end <= 120:
            continue
        between = c.text[trig.end:start]
        if (FOR_SEASON_GAP_RE.search(between) and "," in between
                and not any(trig.end <= t.start < start for t in view.triggers)
                and all(m.show == target.show or _RELATED_WORK_ASIDE_RE.search(
                            c.text, trig.end, m.start) for m in view.mentions
                        if trig.end <= m.start < start)):
            return list(numbers)
    return None


#: Before another title inside an aside, the work it relates the show to ("renewed X, the
#: sequel to Y, for a second season"): the aside names Y, the season stays X's (round 19,
#: s19left).
_RELATED_WORK_ASIDE_RE = re.compile(
    r"(?i),\s{1,3}(?:the|a|an)\s{1,3}(?:[\w-]+\s{1,3}){0,2}?(?:sequel|prequel|spin-?off|"
    r"follow-up|companion|remake|reboot|adaptation|successor)\s{1,3}(?:to|of)\s{1,3}"
    r"[\"“‘']?$")


def _next_season(c: Candidate) -> Any:
    """"another season", "the next series" of a show: the one after the latest the store knows
    to have aired (or the article says is on air or just ended), else the highest the
    article names."""
    window = c.text[min(c.clause[0], c.trigger.start):max(c.clause[1], c.trigger.end)]
    if c.kind == "renewed" and NEW_SEASON_RE.search(window):
        pass  # "renewed for a new season", "will return for a new season": the next one
    elif not NEXT_SEASON_RE.search(window) and (
            any(s[2] for s in c.view.all_seasons) or not NEXT_SEASON_RE.search(c.text)):
        return None  # in its clause, or anywhere in a sentence that numbers no season
    show = _target(c).show
    aired = (c.ctx.aired_seasons.get(show) or c.ctx.current_seasons.get(show)
             or _aired_latest(c, show) or _run_so_far(c))
    if aired is not None:
        return [aired + 1]
    if all(m.group(0).lower().startswith(("upcoming", "forthcoming"))
           for m in NEXT_SEASON_RE.finditer(window if NEXT_SEASON_RE.search(window) else c.text)):
        return None  # "the upcoming season" with none aired: the one the article is about
    # the article's sentences name none: a heading of the body may ("Kestrel orders X 2")
    named = c.ctx.named_seasons.get(show) or c.ctx.heading_seasons().get(show)
    return [named] if named else None


#: A run counted so far in the sentence: "after three seasons", "has run for four seasons",
#: "now three seasons in".
_RUN_SO_FAR_RE = re.compile(
    r"(?i)\b(?:after|following)\s+(?:just\s+|only\s+)?(?P<a>\d{1,2}|[a-z]{3,6})\s+"
    r"(?:\w+\s+)?seasons\b"
    r"|\b(?:has|have)\s+(?:now\s+|already\s+)?(?:run|aired|lasted)\s+(?:for\s+)?"
    r"(?P<b>\d{1,2}|[a-z]{3,6})\s+seasons\b"
    r"|\b(?P<c>\d{1,2}|[a-z]{3,6})\s+seasons\s+in\b")
#: "a new season" of a show renewed or returning: the season after its latest.
NEW_SEASON_RE = re.compile(r"(?i)\b(?:a|one)\s+(?:brand[- ]new|new)\s+season\b")


def _run_so_far(c: Candidate) -> int | None:
    """The seasons the sentence counts the show has run so far ("After three seasons on
    Netflix, X will return for a new season"): the latest one made."""
    found = _RUN_SO_FAR_RE.search(c.text)
    if found is None:
        return None
    word = (found.group("a") or found.group("b") or found.group("c")).lower()
    number = int(word) if word.isdigit() else NUMBER_WORDS.get(word)
    return number if number and number > 1 else None


def _aired_latest(c: Candidate, show: str) -> int | None:
    """The season the article says the show aired, when it names none later: the season
    after it is the one still to come."""
    aired = c.ctx.aired_in_article.get(show)
    if aired is None or c.ctx.named_seasons.get(show, 0) > aired:
        return None
    return aired


#: "the new season", "the upcoming series", "its next season" (no number): the season still to
#: come, never one the article tells as aired (round 21).
THE_SEASON_AHEAD_RE = re.compile(
    r"(?i)\b(?:the|this|its|their)\s+(?:brand[- ]new|new|upcoming|coming|forthcoming|next)\s+"
    r"(?:season|series|instal?lment|chapter)\b")


def _season_ahead_of_aired(c: Candidate) -> Any:
    """``season.new_season_after_aired``: "The second season premiered in May. The new season
    will begin filming in June.": the main show's "new" or "upcoming" season, in a paragraph
    whose last season named is one the article tells as aired, is not that season but the
    one ahead: the highest the article names for the show above it (the renewal's "third
    season"), else, for a premiere or shoot still to come, the one after it."""
    if not _is_main(c) or c.ctx.recent_season is None:
        return None
    if not THE_SEASON_AHEAD_RE.search(_clause_text(c)):
        return None
    show = _target(c).show
    aired = c.ctx.aired_in_article.get(show)
    if aired is None or c.ctx.recent_season > aired:
        return None
    named = c.ctx.named_seasons.get(show, 0)
    if named > aired:
        return [named]
    # none named ahead: a premiere or shoot still to come is the next season's ("the new
    # season will have ten episodes" may still be the one that just premiered)
    if c.kind in ("premiere", "filming_started", "filming_wrapped") and (
            c.certainty != "confirmed" or _trigger_tense(c) is True):
        return [aired + 1]
    return None


def _return_after_aired(c: Candidate) -> Any:
    """A premiere told as a return ("will return to the schedule in winter", "is back next
    month") in a sentence that numbers no season, of a show whose aired season the article
    gives (and no later one): the return is of the next season (round 11)."""
    if c.view.all_seasons or not RETURN_FAMILY_RE.search(_trigger_text(c)):
        return None
    aired = _aired_latest(c, _target(c).show)
    return [aired + 1] if aired is not None else None


def _count_with_return_after_aired(c: Candidate) -> Any:
    """A count told with the show's return ("will return to the schedule in winter with 13
    episodes") in a sentence that numbers no season, of a show whose aired season the article
    gives (and no later one): the count is the returning season's, as the return's premiere is
    (``season.return_after_aired``), not the article's main season or none (round 23)."""
    if c.view.all_seasons or not COUNT_RETURN_RE.search(c.text, c.clause[0], c.trigger.start):
        return None
    aired = _aired_latest(c, _target(c).show)
    return [aired + 1] if aired is not None else None


#: Round 38: a season phrase that is the trigger's subject past a relative aside ("X season 2,
#: which drew well, was renewed"): the aside tells it aired, yet the sentence renews it.
_SUBJECT_PAST_ASIDE_RE = re.compile(
    r"(?i),?\s+which\b[^,.;]{0,80},(?:\s+(?:has|have|had|been|was|were|is|are|got|gets|now|"
    r"officially|already)){0,3}\s*$")


def _renewal_after_aired_in_sentence(c: Candidate) -> Any:
    """A renewal with no season of its own, in a sentence that tells a season of the show as
    aired ("X, which premiered its first season in January, has been renewed", "renewed two
    months after season 1 premiered"), when the article names no later season: the renewal
    is of the next season. (A renewal in another sentence names no season: null.)"""
    start = c.clause[0]
    if _own_subject_between(c):
        start = c.trigger.start  # "X's second season aired and the show was renewed"
    if any(start <= s[0] < c.clause[1] and s[2] for s in c.view.all_seasons):
        return None  # the clause names a season: the season rules read it
    if MORE_SEASONS_RE.search(c.text[c.trigger.start:c.trigger.end + 40]):
        return None
    text = c.text
    aired = [s[2][0] for s in c.view.all_seasons if len(s[2]) == 1 and (
        SEASON_AIRED_AFTER_RE.match(text[s[1]:s[1] + AIRED_SPAN])
        or SEASON_AIRED_BEFORE_RE.search(text[max(0, s[0] - 40):s[0]]))
        and not _SUBJECT_PAST_ASIDE_RE.match(text[s[1]:c.trigger.start])]
    show = _target(c).show
    if not aired or any(m.show != show for m in c.view.mentions):
        return None
    latest = max(aired)
    if c.ctx.named_seasons.get(show, 0) > latest:
        return None
    return [latest + 1]


def _season_before_count(c: Candidate) -> Any:
    """"The first season spanned six episodes, while the second got a seven-episode order":
    the season phrase right after a count ("the 16-episode seventh season", "nine episodes each
    for seasons 4 and 5"), else the one right before it (after the previous count)."""
    text, trig = c.text, c.trigger
    after = c.text[trig.end:trig.end + 40]
    for start, _, numbers, _ in c.view.all_seasons:
        if numbers and start >= trig.end and (EACH_FOR_RE.match(text[trig.end:start])
                                             or COUNT_THEN_SEASON_RE.fullmatch(
                                                 text[trig.end:start])):
            return list(numbers)  # "the 16-episode seventh season", "8 episodes of season 3"
    floor = max([m.end() for m in EPISODE_COUNT_RE.finditer(text[:trig.start])] or [0])
    phrases = [(start, list(numbers)) for start, _, numbers, _ in c.view.all_seasons
               if floor <= start < trig.start]
    phrases += [(m.start(), [ORDINALS[m.group("ord").lower()]])
                for m in ELLIPTIC_ORDINAL_RE.finditer(text[:trig.start]) if m.start() >= floor]
    if not phrases or "predecessor" in after:
        return None
    start, numbers = max(phrases)
    if not numbers or trig.start - start > 100:
        return None  # a generic "the new season" nearer than any number
    return numbers


def _final_part(c: Candidate) -> bool:
    """"the final six episodes of Season 4": the end of a season, not its count (unless the
    article says which season ends the show: then they are that season's)."""
    if not FINAL_COUNT_RE.search(c.text[max(0, c.trigger.start - 10):c.trigger.start]):
        return False
    after = c.text[c.trigger.end:c.trigger.end + 25].lower()
    return " of " in after[:5] or _target(c).show not in c.ctx.final_seasons


def _premiere_before_renewal(c: Candidate) -> Any:
    """"Following its premiere in January, X was renewed for a second season": a premiere
    that happened, with no season in its own clause, in a sentence renewing season N of the
    same show: the premiere was of season N - 1."""
    return _premiere_before_decided(c, "renewed")


#: A cancellation trigger that denies a season ("won't get a second season", "will not return
#: for a third").
_DENIED_SEASON_TRIGGER_RE = re.compile(r"(?i)\b(?:no|not|never)\b|n['’]t\b")


def _premiere_before_denied(c: Candidate) -> Any:
    """"The show, which premiered in March, won't get a second season": a premiere that
    happened, in a sentence denying season N of the same show, was of season N - 1."""
    return _premiere_before_decided(c, "cancelled")


def _premiere_before_decided(c: Candidate, decision: str) -> Any:
    """The season before the one a renewal (or a denial) in the premiere's sentence names."""
    if c.certainty != "confirmed" or c.kind != "premiere" or _trigger_tense(c) is True:
        return None
    view = c.view
    if any(c.clause[0] <= s[0] < c.clause[1] and s[2]
           and not _season_of_another_trigger(c, s[0]) for s in view.all_seasons):
        return None
    others = [m for m in view.mentions if m.show != _target(c).show]
    if others:
        return None  # another show's renewal, maybe
    for trig in view.triggers:
        if trig.kind != decision:
            continue
        clause = view.clause_of(trig.start)
        # a renewal's season stands after it; a denial's may stand inside it ("won't get a
        # second season" is one trigger)
        first = trig.end if decision == "renewed" else trig.start
        if decision == "cancelled" and not _DENIED_SEASON_TRIGGER_RE.search(
                c.text[trig.start:trig.end]):
            continue
        numbers = [n for s in view.all_seasons if clause[0] <= s[0] < clause[1]
                   and first <= s[0] and len(s[2]) == 1 for n in s[2]]
        if numbers and numbers[0] > 1:
            if numbers[0] > 2 and _old_premiere(c):
                # "X, which premiered in 2019, has been renewed for a fourth season": a
                # premiere years back with no season of its own is the show's debut
                # (``season.old_premiere_is_first``), not the season before the renewed one
                return None
            return [numbers[0] - 1]
    return None


#: Between a renewal and a premiere it came after: "renewed X for a third season a week
#: after its (Sunday, March 3) debut", "... two weeks following its".
_AFTER_ITS_RE = re.compile(r"(?i)\b(?:after|following)\s+its\b[^;.()]{0,30}$")


def _premiere_a_renewal_followed(c: Candidate) -> Any:
    """"Hulu renewed X for a third season a week after its March 3 debut": the premiere the
    renewal came after was of the season before the renewed one (season N - 1); with no
    season in the sentence, the renewed one is the article's main season."""
    if c.kind != "premiere" or c.certainty != "confirmed":
        return None
    view = c.view
    if any(m.show != _target(c).show for m in view.mentions):
        return None  # another show's renewal, maybe
    for trig in view.triggers:
        if trig.kind != "renewed" or trig.end > c.trigger.start:
            continue
        between = c.text[trig.end:c.trigger.start]
        link = _AFTER_ITS_RE.search(between)
        if link is None:
            continue
        numbers = [n for s in view.all_seasons if trig.end <= s[0] < trig.end + link.start()
                   and len(s[2]) == 1 for n in s[2]]
        if not numbers and not view.all_seasons and _is_main(c) and c.ctx.main_season:
            numbers = [c.ctx.main_season]  # the season the article renews
        if len(numbers) == 1 and numbers[0] > 1:
            return [numbers[0] - 1]
    return None


def _old_premiere(c: Candidate) -> bool:
    return bool(c.date) and datemod.sort_key(c.date or "")[:4] < str(
        c.ctx.article.published.year - 1)


def _is_main(c: Candidate) -> bool:
    return _target(c).show == c.ctx.main_show


def _is_before_month(value: str, published: dt.date) -> bool:
    """True when the date lies wholly before the publication month at its own precision."""
    key = datemod.sort_key(value)[:7]
    return key < published.isoformat()[: len(key)]


def _premiere_before_main(c: Candidate) -> Any:
    """A premiere that happened before the month of an article announcing the main season
    (renewed, filming: in the headline or a sentence before) is the previous season's: the
    main season has not aired yet."""
    return _before_main(c, frozenset({"renewed", "filming_started", "filming_wrapped"}),
                        after_upcoming=True)


def _wrap_before_main(c: Candidate) -> Any:
    """A wrap that happened before the month of an article whose headline announces the main
    season's renewal or its shoot is the previous season's: the main season's shoot has not
    ended before it began. (Not after a date a sentence gave the main season: that may be its
    own wrap, told twice.)"""
    return _before_main(c, frozenset({"renewed", "filming_started"}), after_upcoming=False)


def _before_main(c: Candidate, headline_kinds: frozenset[str], after_upcoming: bool) -> Any:
    """The season before the main one, for an event of the main show that happened before
    the article's month and before the main season's renewal, start or wrap (the headline's
    kinds among ``headline_kinds``, or, ``after_upcoming``, a date a sentence before gave
    them)."""
    ctx = c.ctx
    if not (_is_main(c) and ctx.main_season and ctx.main_season > 1):
        return None
    if c.certainty != "confirmed" or not c.date or c.inferred:
        return None
    upcoming = after_upcoming and ctx.main_upcoming and datemod.sort_key(
        c.date) < datemod.sort_key(ctx.main_upcoming)[:len(datemod.sort_key(c.date))]
    if not (upcoming or ctx.headline_kinds & headline_kinds):
        return None
    if any(numbers for _, _, numbers, _ in c.view.all_seasons):
        return None
    return _is_before_month(c.date, ctx.article.published) and [ctx.main_season - 1]


def _renewal_after_main_aired(c: Candidate) -> Any:
    """A season-less renewal of the main show whose main season is the latest the article
    tells as aired or on air: the renewal is of the season after it (a renewal is of a
    season still to be made)."""
    ctx = c.ctx
    if not (_is_main(c) and ctx.main_season):
        return None
    show = ctx.main_show or ""
    aired = max(ctx.aired_in_article.get(show, 0), ctx.current_seasons.get(show, 0))
    if aired != ctx.main_season or ctx.named_seasons.get(show, 0) > aired:
        return None
    return [aired + 1]


def _renewal_after_show_aired(c: Candidate) -> Any:
    """``season.renewal_after_show_aired`` (round 38): ``_renewal_after_main_aired``'s reading
    for a show that is not the article's main one — a season-less renewal of a show whose
    latest season the article tells as aired or on air, in a sentence naming that show alone
    ("Season 2 of X is now streaming on Kestrel."), when it names no later season of it: the
    renewal is of the season after it."""
    ctx = c.ctx
    show = _target(c).show
    if not show or show == ctx.main_show:
        return None
    aired = max(ctx.aired_in_article.get(show, 0), ctx.current_seasons.get(show, 0))
    if not aired or ctx.named_seasons.get(show, 0) > aired:
        return None
    return [aired + 1]


def _new_in_focused_article(c: Candidate) -> bool:
    ctx, target = c.ctx, _target(c)
    return bool(ctx.main_show and ctx.focused
                and not (target.position is not None and RETURNING_SHOW_RE.search(
                    c.text[max(0, target.position - 90):target.position]))
                and not ctx.show_seasons.get(target.show, set()) - {1})


def _denied_return_season(c: Candidate) -> bool:
    """"will not return for a third season": the last season made is the second."""
    text, trig, clause, seasons = c.text, c.trigger, c.clause, c.seasons or ()
    if DECLINED_SEASON_RE.search(text[trig.start:trig.end]):
        # "passed on a third season", "not moving forward with a third season of X"
        return any(trig.start <= s[0] <= trig.end + 4 and s[0] < clause[1]
                   for s in c.view.all_seasons if s[2] and s[2][0] in seasons)
    if c.kind == "cancelled" and _return_denied(c):
        # "won't be bringing back X for a fourth season": a denied return's season, as the
        # cancellation vocabulary's own (kind.return_denied_is_cancellation)
        return any(trig.start <= s[0] <= trig.end + 60 and s[0] < clause[1]
                   and FOR_RE.search(text[trig.start:s[0]]) is not None
                   for s in c.view.all_seasons if s[2] and s[2][0] in seasons)
    # (round 27: a renewal taken back, "was unrenewed for a second season", denies it too)
    denied = (NEGATIVE_WORD_RE.search(text[trig.start:trig.end]) is not None
              or RENEWAL_TAKEN_BACK_RE.match(text[trig.start:trig.end]) is not None)
    return denied and any(
        0 <= s[0] - trig.end <= 60 and s[0] < clause[1]
        and FOR_RE.search(text[trig.end:s[0]]) and not AFTER_RE.search(text[trig.end:s[0]])
        for s in c.view.all_seasons if s[2] and s[2][0] in seasons)


def _one_less(c: Candidate, found: Any) -> Candidate:
    return replace(c, seasons=tuple(n - 1 if n and n > 1 else n for n in c.seasons or ()))


def _predecessor(c: Candidate, found: Any) -> Candidate:
    return replace(c, seasons=tuple(s - 1 if s and s > 1 else None for s in c.seasons or ()))


def _revival_names_the_show(c: Candidate) -> bool:
    """'revival' says what the show is ("X, a Hulu revival of the sitcom, was cancelled", "the
    X revival premieres in May"), unless something gives or gets it ("Hulu ordered a revival
    of X"), or it stands alone as the sentence's only event ("A revival of X is in the works")."""
    if c.text[c.trigger.start:c.trigger.end].lower() != "revival":
        return False
    before = c.text[max(c.trigger.start - 80, 0):c.trigger.start]
    if REVIVAL_GIVEN_RE.search(before):
        return False
    return bool(REVIVAL_APPOSITION_RE.search(before)) or any(
        t.kind != "renewed" for t in c.view.triggers)


# --- the registry ------------------------------------------------------------------------------

_EXTRA_KINDS = ("filming_started", "premiere")
_SHOOT = ("filming_started", "filming_wrapped")

RULES: dict[str, Rule] = {r.name: r for r in (
    # --- candidates ------------------------------------------------------------------------
    _rule("trigger.vocabulary", TRIGGER_KINDS, "a trigger phrase of the kind's vocabulary "
          "makes a candidate fact", "Netflix has renewed Glass Harbor for a second season."),
    _rule("trigger.shoot_end_after_start", "filming_wrapped", "a shoot's end told after its "
          "start, joined by 'and' with the start's subject carried over, is the wrap's own "
          "trigger and takes its own clause's date", "Filming on Glass Harbor began in May "
          "and concluded in August."),
    _rule("trigger.shoot_start_in_aside", ("filming_started", "filming_wrapped"), "a shoot's "
          "start told in a relative clause of the shoot ('which began in May') is its own "
          "trigger, and the wrap told after the clause takes the main clause's date",
          "Production on Glass Harbor, which started in March, wrapped in July."),
    _rule("episode.count_phrase", "episode_count", "an episode count phrase makes a candidate",
          "Glass Harbor returns with a six-part second series."),
    _rule("episode.gapped_count", "episode_count", "a count told again for another show "
          "after a count phrase, the noun left out: the number after that show's possessive "
          "('while Y's is for 13')", "Glass Harbor's order is for 22 episodes, while Tin "
          "Roof's is only for 13."),
    _rule("list.governor", ("cancelled",), "the phrase governing a list of shows gives every "
          "item its status when the vocabulary has no trigger there (a loss, a farewell, a "
          "drop, 'won't return:')", "At Hulu, we have already lost Tin Roof, Salt Road "
          "and Copper Field."),
    _rule("section.heading_list", ("renewed", "cancelled"), "a status heading ('Returning "
          "favourites', 'Cancelled', 'Not coming back') governs a list of shows in a sentence of "
          "the prose under it that has no status word of its own: every item takes its status",
          "Cancelled || Less lucky were Salt Road, Tin Roof and Copper Field."),
    _rule("list.own_clause", ALL_KINDS, "a name closing a headline's comma list with a "
          "singular verb of its own after it ('Returns', 'Exits') opens its own clause: it is "
          "no item of the list the verb before governs (``lists.py``, round 17)",
          "Brightwave Renews Harrow Lane, Lone Beacon Returns"),
    _rule("list.kin_apposition", ALL_KINDS, "two names joined by a kin apposition ('X, the "
          "spin-off of Y', 'X, the sequel series to Y') are no list: the verb acts on X, Y is "
          "named in passing (round 18)",
          "Kestrel renewed Glass Harbor, the spin-off of Harrow Lane, for a second season."),
    _rule("list.description_apposition", ALL_KINDS, "two names joined by a describing "
          "apposition whose show noun follows the second ('X, the Mara Velt drama,', 'X, the "
          "Tobin Hale thriller') are no list: the verb acts on X, the second name (a creator, "
          "a star) describes it (round 22)",
          "Brindle TV cancelled Copper Vale, the Ines Marlow comedy, after two seasons."),
    _rule("list.counted_decision", ("renewed", "cancelled"), "a counted decision ('Kestrel "
          "renews four dramas') in the headline, or in the sentence right before, governs the "
          "list of names that says which shows it counts, in a sentence with no status word of "
          "its own and exactly as many names as the count: every item takes the decision",
          "Kestrel renews three dramas || The lucky ones are Salt Road, Tin Roof and Copper "
          "Field."),
    _rule("list.uncounted_decision", ("renewed", "cancelled"), "an uncounted plural "
          "decision ('renewed a handful of its dramas', 'cancelled several shows') governs "
          "the list of the sentence right after it when that sentence opens on words that "
          "introduce it ('They include', 'Among them are', 'The lucky ones are') and has no "
          "status word, episode count or negation of its own: every item takes the decision",
          "Kestrel renewed a handful of dramas. They include Salt Road, Tin Roof and Copper "
          "Field."),
    _rule("list.headline_decision", ("renewed", "cancelled"), "a headline's decision over "
          "a plural of shows it does not count ('Vantor cancels its comedy slate', 'Kestrel "
          "renews a number of its dramas') governs the body's first list of titles, within its "
          "first six sentences, with no other status word before it, in a sentence with no "
          "status word, count, negation, question or word making its titles comparisons, "
          "company, earlier shows, credits or other media ('like', 'joins', 'other', "
          "'starring', 'films'): every item takes the decision, hedged as the headline is "
          "(round 18)", "Vantor Cancels Its Comedy Slate || Marrowby, Quillon and Tessendale "
          "never found an audience."),
    _rule("list.sibling_decision", ("renewed", "cancelled"), "a list told as a unit shares "
          "the renewal or cancellation the article tells of one of its items in another "
          "sentence, when the headline or the sentence before tells that decision over a "
          "plural of shows (uncounted, or counting the list at least), the list's sentence "
          "has no status word, count, negation, question or comparison of its own and no item "
          "has the other decision: every item takes its kind, date and certainty (round 20)",
          "Kestrel Cancels Its Comedy Slate || Kestrel cancelled Nightjar on Monday. Nightjar, "
          "Copper Vale and Salt Road never found an audience."),
    _rule("list.decision_before", ("renewed", "cancelled"), "a sentence's decision over a "
          "plural of shows it does not count governs the list of titles of the sentence right "
          "after it, under the guards of list.headline_decision, with no words introducing the "
          "list (round 18)", "Kestrel has renewed a number of its dramas. Salt Road, Night "
          "Ferry and Glass Orchard all drew strong numbers."),
    _rule("list.counted_rest", ("renewed", "cancelled"), "a headline's counted decision "
          "('Kestrel renews four dramas') whose count the body fills: a list of titles with "
          "no status word of its own, shorter than the count, governed when it and the shows "
          "the body gave the decision before it are no more than the count (none of them "
          "twice), under the guards of list.headline_decision (round 18)",
          "Kestrel Renews Four Dramas || Kestrel renewed Salt Road on Tuesday. Night Ferry, "
          "Glass Orchard and Iron Bay drew strong numbers."),
    _rule("list.completes_count", ("renewed", "cancelled"), "a headline's counted decision "
          "governs a shorter list whose sentence opens on words saying it completes the count "
          "('Also in the mix are', 'Rounding out the list are', 'The others are', 'Then there "
          "are', 'Joining them are'), under the guards of list.counted_rest; the lead's "
          "'others' is the count's rest, no network's other hits (round 19)",
          "Kestrel Renews Five Dramas || Kestrel renewed Iron Bay and Deep Water on Tuesday. "
          "The others are Salt Road, Night Ferry and Glass Orchard."),
    _rule("list.counted_others", ("renewed", "cancelled"), "a headline naming some of the "
          "shows it decides and counting the rest with no noun ('Renews Salt Road, Iron Bay "
          "and 4 Others', 'renews Iron Bay and four more'; not 'and two more seasons') counts "
          "as 'and 4 more series' does: the rest is a counted decision for the body's lists "
          "(round 19)", "Kestrel Renews Iron Bay, Deep Water and 3 Others || Salt Road, Night "
          "Ferry and Glass Orchard drew strong numbers."),
    _rule("list.staying_idiom", "renewed", "a counted renewal ('Kestrel renews four dramas') "
          "governs a list that opens its sentence and is followed only by a negated ending "
          "that keeps its shows on ('aren't going anywhere', 'are not done yet', 'won't be "
          "leaving'): that negation sets no show apart (round 19)",
          "Kestrel Renews Four Dramas || Salt Road, Night Ferry and Glass Orchard aren't going "
          "anywhere."),
    _rule("list.connective_lead", ("renewed", "cancelled"), "a list opens its sentence also "
          "after a connective or a topic phrase that adds it to what was told ('Additionally,', "
          "'In addition,', 'On the comedy side,', 'As for its dramas,'; not 'Meanwhile' nor "
          "'However'): a counted headline governs it as a list that opens its sentence "
          "(list.counted_rest, round 19)", "Kestrel Renews Five Dramas || Kestrel renewed Iron "
          "Bay first. Additionally, Salt Road, Night Ferry and Glass Orchard drew big numbers."),
    _rule("list.dated_tracker", "renewed", "a renewal tracker's dated entries (a network, a "
          "quoted title, the day logged, a season label; two entries or more note a renewal "
          "or an order of episodes, hardly any a premiere): each entry is that season's "
          "renewal on its day", "NBC \u201cGlass Harbor\u201d, June 3, 2031. Season 3. 12 "
          "more episodes. || HBO \u201cTin Roof\u201d, May 28, 2031. Season 2. Renewed "
          "early. || FX \u201cSalt Road\u201d, May 12, 2031. Season 2."),
    _rule("section.heading_label", "premiere", "a title heading's premiere label ('Title "
          "(Season 2) Premiere', 'Title Release Date') makes the date of the first line under "
          "it that has no status word of its own the show's premiere",
          "Glass Harbor (Season 2) Premiere || Friday, June 6 on Netflix."),
    _rule("list.status_line", ("renewed", "cancelled"), "a tracker line or a status heading "
          "over title lines gives each title the heading's status; a table row ('Salt Road | "
          "Kestrel | Renewed') gives its title column's show its status column's decision, "
          "as its header row names the columns; on one line of labelled lists ('Renewed: A, "
          "B; Cancelled: C') each label governs its own items",
          "Renewed: Glass Harbor (ABC)"),
    _rule("list.status_time", ("renewed", "cancelled"), "a status value that is its "
          "verdict and a time ('Renewed in May', 'Cancelled in March 2025', 'Axed (January)') "
          "in a table's cell, a fact box's field or a scorecard line: the time, read as the "
          "latest past one, is the decision's date, and the month May is no hedge (round 37)",
          "Lantern House | Tovrel | Cancelled in January"),
    _rule("list.season_column", ("renewed", "cancelled"), "a tracker table's season column "
          "('Season', 'Series', 'Current season'; not a 'Seasons' count) gives each row's "
          "decision the season its cell names ('4', 'Season 4', 'S4') (round 37)",
          "Show | Network | Season | Status || Lantern House | Tovrel | Season 3 | Renewed"),
    _rule("list.schedule_line", "premiere", "a listing line 'Title: Network, June 3' is a "
          "premiere", "Glass Harbor: NBC, June 20 (Thursday, 9 ET/PT)"),
    _rule("list.calendar_item", "premiere", "a premiere listing's item: the show of a line "
          "under a date heading, of a line with its own date, or of a heading over a "
          "'Premiere date:' field", "Sunday, Sept. 8 / 8 p.m. Glass Harbor, NBC (season 3)"),
    _rule("list.shoot_field", ("filming_started", "filming_wrapped"), "a production "
          "listing's shoot field under a show heading ('Filming: May–August 2026', 'Shoot "
          "dates: 4 May – 28 August 2026'; a year named) gives the show its shoot's start, and "
          "with a span its wrap (round 35, r35shoots)",
          "Glass Harbor / Filming: March–July 2031"),
    _rule("list.adds_to_decision", ("renewed", "cancelled"), "a list of titles whose "
          "sentence adds it, by linking words, to the one renewal or cancellation told just "
          "before it (the sentence before or the one before that, else the headline): 'Also "
          "on the list are', 'The list also includes', 'Others on the list include', 'Joining "
          "it are', 'The same goes for', 'So are' before it; 'are also on the list', 'are in "
          "the same boat', 'made the list too', ', too', 'share its fate' after it; the "
          "sentence has no status word, negation, question or comparison of its own: every "
          "item takes that decision (round 21)", "Kestrel has renewed Nightjar for a second "
          "season. Also on the list are Salt Road, Copper Vale and Tin Harbor."),
    _rule("list.headline_governs", ("renewed", "cancelled"), "a headline's counted or "
          "plural decision ('Kestrel Renews 12 Shows', 'Renews Five, Cancels Two') governs a "
          "body's list of titles told after a lead ending on a copula, 'include' or a colon "
          "('The network's dramas coming back are', 'Its lineup includes', 'The full list:'), "
          "no more items than the count, in a sentence with no status word, negation, "
          "question or comparison of its own and a lead naming no reader's picks or new shows; "
          "under a mixed headline the list takes the kind its lead names ('coming back', "
          "'casualties') or the sentence before tells, else none; no item is told another "
          "decision elsewhere in the body (round 21)", "Kestrel Renews 12 Shows, Cancels 3 || "
          "The casualties of the network's busy week are Nightjar, Salt Road and Copper Vale."),
    _rule("list.roundup_decision", ("renewed", "cancelled"), "in an article whose headline, "
          "or an earlier sentence about a show shown to be one, tells a renewal or a "
          "cancellation, a list of two titles or more whose items each take one decision "
          "from their own sentence is a list of shows, though they are named bare with an "
          "idiom of the decision ('pulled the plug on', 'got the axe', 'are all coming back') "
          "and no season, network or kind of their own (drop.unevidenced_title spares them; "
          "round 22)", "Kestrel Cancels Five Shows || Kestrel also pulled the plug on "
          "Marrowby, Quillon and Tessendale."),
    _rule("list.roundup_fate", ("renewed", "cancelled"), "in an article whose headline or "
          "an earlier sentence tells a renewal or a cancellation, an idiom of the decision "
          "that the trigger vocabulary does not read, right before a list's first title "
          "('Among the losses are', 'It's curtains for', 'The axe also fell on', 'Kestrel is "
          "keeping') or right after its last ('are gone', 'are now history', 'are staying "
          "put', 'survived the cull'), in a sentence with no status word, negation, question "
          "or comparison of its own: every item takes the idiom's decision; items carrying "
          "notes ('sci-fi favourite A, and animated series B') are one list (round 22)",
          "Kestrel has cancelled Salt Road after four seasons. Among the losses are "
          "Marrowby, Quillon and Tessendale."),
    _rule("target.passing_anchor", ALL_KINDS, "round 38 (r38passing): a show named in "
          "passing as a time anchor with its own ending ('since X ended', 'after X wrapped "
          "up', 'following X's finale'), as what another show replaced ('which replaced X', "
          "'in place of X', 'taking over from X') or by its old slot ('in X's old slot') is "
          "no target of a status word outside that anchor while the sentence names another "
          "show: the news is the other show's (``facts.passing_anchor``)",
          "Kestrel has cancelled Glass Harbor after one season, the second drama axed since "
          "Marrowby ended."),
    _rule("target.owner_of_title", ALL_KINDS, "an owner's name before the title it owns, "
          "a describing phrase between ('renewed Tobin Reyes' mining drama \"Copper Vale\"', "
          "'a second season of Kestrel's new series X'), is no target: the verb or the season "
          "acts on the title after it, which takes the owner's place (no film, book, podcast "
          "or company described; round 24)",
          "Tovrel has renewed Tobin Reyes' mining drama \"Copper Vale\" for a second season."),
    _rule("list.item_the_listing_missed", "premiere", "a premiere its own sentence gives a "
          "show the sentence names, on a line a premiere listing read for its other items "
          "only, dated by no item the listing took from that line, is kept: the listing's "
          "claim on the line drops only what it read (round 24)",
          "Kestrel has set premiere dates for \"Copper Vale\" (June 4), \"Nightjar\" "
          "(June 11) and \"Salt Road\" (June 18)."),
    _rule("list.appositive_item", ALL_KINDS, "a list item carrying its own describing aside "
          "('X, its Western drama, and Y', 'X, the Mara Quell comedy, and Y', 'X, starring "
          "Mara Quell, and Y', 'X, from Tobin Reyes, and Y'): the names inside the aside "
          "(a genre word, a creator, a star; "
          "'both from Mara Quell' after the last) are no items, and the list goes on past the "
          "aside to the item after it (round 23)",
          "Kestrel has cancelled \"Salt Road,\" its Western drama, and \"Copper Vale.\""),
    _rule("list.label_word_of_title", ALL_KINDS, "a listing item's title keeps the "
          "label word its line cut from its end ('Show', 'Weekly', 'Original', 'Exclusive'; "
          "never a verb such as 'Returns' nor 'Final', 'New' before a season) when the "
          "article writes that word, capitalised, after every mention of the title and one "
          "mention stands outside the item's lines: the word is the "
          "title's ('The Lantern Show', not 'The Lantern'; round 25)",
          "Ada Finch hosts The Lantern Show. || The Lantern Show — Friday, Jan. 10 (Tovrel)"),
    # --- non-events: drops -------------------------------------------------------------------
    _step("non_event", "drop.question", ALL_KINDS, "a question states nothing (a reader's "
          "'Q:' included)", "Will Glass Harbor return for a fifth season?",
          lambda c: (QUESTION_END_RE.search(c.text) and not _title_asks(c)
                     and not _question_states_premiere(c)
                     and not _premiere_stated_before_question(c))
          or QUESTION_START_RE.match(c.text), _drop),
    _step("non_event", "drop.open_question", ALL_KINDS, "an open question inside the "
          "sentence governs its clause ('fans are wondering if X will be renewed', 'the "
          "studios will decide which series come back'): it states nothing",
          "Fans are wondering if Glass Harbor will be renewed for a third season.",
          lambda c: OPEN_QUESTION_RE.search(
              c.text[max(c.clause[0], c.trigger.start - 100):c.trigger.start]), _drop),
    _step("non_event", "trigger.premiere_stated_in_question", "premiere", "a question whose "
          "premiere, with its date, stands in a clause that states it (a relative 'which "
          "premieres', a participle 'premiering', 'when it debuts', 'ahead of its March 4 "
          "premiere', 'did you know that') is read as that statement, not dropped as a "
          "question (drop.question); a hedge or 'or' in the clause still states nothing "
          "(round 22)", "Are you ready for Salt Road, which premieres March 4 on Kestrel?",
          _question_states_premiere, needs=("?",)),
    _step("non_event", "trigger.plural_decision_counted", DECISIONS, "a plural decision "
          "noun a show, a list of shows or a reference to one is counted among by a copula "
          "or 'joins' ('X is among Kestrel's cancellations', 'X and Y were the latest "
          "cancellations at Kestrel', 'X joins the list of Kestrel cancellations', 'It was "
          "one of five series cancellations'): the decision is the show's, not news in "
          "general — drop.generic_plural_decision spares it (round 24, r24kinds)",
          "The drama Copper Wharf is among Kestrel's cancellations this year.",
          lambda c: _plural_decision_counted(c)),
    _step("non_event", "drop.generic_plural_decision", DECISIONS, "'the cancellations', "
          "'renewals and cancellations': decisions in general, unless handed to shows",
          "Glass Harbor season 2 premiered. For other renewals and cancellations, see our list.",
          lambda c: PLURAL_DECISION_RE.search(c.text[c.trigger.start:c.trigger.end + 1])
          and not DECISIONS_HANDED_RE.match(c.text[c.trigger.end + 1:c.trigger.end + 20])
          and not _plural_decision_counted(c),
          _drop),
    _step("non_event", "drop.shows_in_general", ALL_KINDS, "a sentence naming no show whose "
          "status is that of shows in general ('the shows that will not return'): no event of "
          "the article's own show", "Glass Harbor was renewed. Here are the shows that will not "
          "return next season.",
          lambda c: not c.view.mentions and PLURAL_SHOWS_SUBJECT_RE.search(
              c.text[max(_clause_start_past_aside(c), c.trigger.start - 60):
                     c.trigger.start]), _drop),
    _step("non_event", "drop.list_lead_in", ALL_KINDS, "a lead-in that ends with a colon and "
          "names no show ('The following shows have been cancelled:') is the status of the "
          "list under it (section items), no event of the article's show",
          "The following shows have been cancelled:",
          lambda c: not c.view.mentions and _LIST_LEAD_IN_RE.search(c.text) is not None, _drop,
          needs=(":",)),
    _step("non_event", "drop.implausible_count", "episode_count", "a count that is no season's "
          "(under two or over forty)", "Glass Harbor season 2 will run 45 episodes.",
          lambda c: c.value is None or not 2 <= c.value <= 40, _drop),
    _step("non_event", "drop.excluded_context", ALL_KINDS, "the trigger's clause holds a "
          "confusion of the kind (an actor returning to a role, a delay, a trailer release, a "
          "split part)", "Jane Doe will return as the captain in Glass Harbor season 2.",
          _excluded, _drop),
    _step("non_event", "drop.trailer_release", "premiere", "a trailer or teaser next to the "
          "trigger: its release, not the season's premiere (round 35: not a trailer that "
          "tells the premiere, 'X Season 2 Trailer Sets March 5 Premiere')",
          "The first teaser for Glass Harbor season 2 was released on Monday.",
          _trailer_release, _drop),
    _step("non_event", "drop.promotion_release", "premiere", "promotional material right "
          "at the trigger — a sneak peek, a first look, a featurette, a poster, a clip: its "
          "release, not the season's premiere",
          "A sneak peek of Glass Harbor season 2 premiered on Monday.", _promotion, _drop),
    _step("non_event", "drop.dealing_decided", DECISIONS, "a deal, a contract, a merger, "
          "a bid, talks or a partnership renewed or called off, as the decision verb's object "
          "or its subject: business, not a show's season (a name beside it is a party to "
          "it)", "Kestrel Play cancelled its bid for Iron Gate. The merger with Iron Gate was "
          "called off.", _dealing_decided, _drop, needs=DEALING_NOUNS),
    _step("non_event", "drop.airing_called_off", "cancelled", "one broadcast called off "
          "('cancelled tonight's episode of X', 'axed Thursday's X', 'Tuesday's double bill of "
          "X was cancelled', 'X has been cancelled tonight'): a schedule change, not the end "
          "of the show", "ITV has cancelled tonight's episode of Harbour Street to make way for "
          "the match.", _airing_called_off, _drop),
    _step("non_event", "drop.cancelled_as_description", "cancelled", "'the cancelled HBO "
          "drama X', 'her now-axed series X': a cancellation told as the show's description "
          "inside a noun phrase, background to the sentence's news, not a decision the article "
          "reports (its day is not the article's)", "Netflix renewed Glass Harbor for a second "
          "season. The star of the cancelled drama Iron Gate joins its cast.",
          _cancelled_as_description, _drop),
    _step("non_event", "drop.thing_decided", DECISIONS, "a person, a work or an event the "
          "name is attached to by a preposition, as the decision's passive subject or its "
          "object ('the creator of X was cancelled', 'cancelled the podcast about X'): not "
          "the show's own renewal or cancellation", "Netflix renewed Glass Harbor for a second "
          "season. The podcast about Iron Gate was cancelled on Friday.", _thing_decided,
          _drop),
    _step("non_event", "drop.festival_screening", "premiere", "a premiere 'at the X "
          "Festival', 'at Comic-Con', 'during a panel': a screening, not the season's airing",
          "Glass Harbor season 2 premiered at the Tribeca Festival on May 5.",
          lambda c: FESTIVAL_AFTER_RE.match(c.text[c.trigger.end:c.trigger.end + 70]), _drop),
    _step("non_event", "drop.not_the_shoot", ("filming_started", "filming_wrapped"), "work "
          "on a season that is not its shoot at the trigger: the writers' room, a table read, "
          "rehearsals, casting", "Glass Harbor season 2 has wrapped its writers room.",
          _not_the_shoot, _drop),
    _step("non_event", "drop.restart_after_halt", "filming_started", "people back at work "
          "after a halt the text states (a strike, a pandemic shutdown, a pause): the cast "
          "back on set says nothing of when the season's shoot began, if it had",
          "Now that the strike is over, the Glass Harbor cast is back on set.",
          lambda c: _restart_after_halt(c) and not _resumed(c), _drop),
    _step("non_event", "drop.shoot_behind_wrap", "filming_started", "a shoot told in the "
          "past progressive beside its wrap, with no date of its own ('wrapped on the new "
          "season of X, which was shooting in Halifax over the last few months'): the "
          "background of the wrap, not a start the article reports",
          "Filming has wrapped on Glass Harbor, which was shooting in Halifax all winter.",
          lambda c: _owned(c) is None and SHOOT_IN_PROGRESS_RE.search(
              c.text[max(c.clause[0], c.trigger.start - 12):c.trigger.end])
          and any(t.kind == "filming_wrapped" for t in c.view.triggers), _drop),
    _step("non_event", "drop.premiere_event", "premiere", "'at the X premiere', 'the season 2 "
          "premiere party': an event someone attended, not a season's first airing",
          "She spoke about Glass Harbor season 2 at the Salt Road premiere on May 3.",
          lambda c: NOUN_PREMIERE_RE.match(_trigger_text(c)) and (PREMIERE_EVENT_RE.search(
              c.text[max(c.clause[0], c.trigger.start - 60):c.trigger.start])
              or PREMIERE_EVENT_AFTER_RE.match(c.text, c.trigger.end)), _drop),
    _step("non_event", "drop.split_part", "premiere", "a return 'for the second half of its "
          "season' is a later part of a split season, not the season's premiere",
          "Glass Harbor returns Oct. 2 for the back half of its debut season.",
          lambda c: SPLIT_PART_AFTER_RE.search(c.text[c.trigger.end:c.trigger.end + 60]), _drop),
    _step("non_event", "drop.later_part_of_season", "premiere", "a later part of a split "
          "season or a few episodes near the trigger ('the back half', 'the remaining "
          "episodes', 'the final six episodes', 'the midseason premiere', 'returns from its "
          "winter break', 'Season 2B'): not the season's premiere",
          "The back half of Glass Harbor season 2 premieres on June 14.",
          lambda c: LATER_PART_RE.search(c.text[max(c.clause[0] - 30, c.trigger.start - 70, 0):
                                                min(c.clause[1], c.trigger.end + 40)]), _drop),
    _step("non_event", "drop.release_channel", "premiere", "a season that already aired, "
          "released on another channel or format: home media (DVD, Blu-ray, box set, digital "
          "download), a catalogue ('all three seasons', 'the first two seasons', 'seasons 1 "
          "and 2', 'the complete series'), or told as aired before ('after airing on HBO', 'a "
          "year after its US debut')",
          "After airing on HBO last year, Glass Harbor season 2 debuts in Australia on June 14.",
          _release_channel, _drop),
    _step("non_event", "drop.later_part_count", "episode_count", "a count told of a later "
          "part of a split season ('Part 3 ... was made up of ten episodes'): not the "
          "season's count", "Glass Harbor Part 3 came out in June and was made up of ten "
          "episodes.", lambda c: LATER_PART_COUNT_RE.search(
              c.text[max(c.clause[0] - 60, 0):c.trigger.start]), _drop),
    _step("non_event", "drop.renewal_sought", "renewed", "a renewal sought, not granted: "
          "'shopping the show to other streamers', 'a potential pickup', 'a possible renewal'",
          "The studio is shopping Glass Harbor to other streamers for a potential season 3 "
          "pickup.", lambda c: RENEWAL_SOUGHT_RE.search(
              c.text[max(c.clause[0], c.trigger.start - 90):c.trigger.end]), _drop),
    _step("non_event", "drop.season_detail_announced", "renewed", "a detail of a season "
          "announced (its dates, trailer, cast, title, first look), not the season itself: "
          "the season's existence is implied, not news (round 18)",
          "The premiere date for season 3 of Glass Harbor has been announced.",
          _season_detail_announced, _drop),
    _step("non_event", "drop.return_elsewhere", ("premiere", "renewed"), "a return to a "
          "ranking, to work or to a stage ('returns to the top of the charts', 'will return "
          "to filming next month', 'returns to its roots'): no season comes back on air "
          "(round 18)", "Glass Harbor returns to the top of the streaming charts this week.",
          _return_elsewhere, _drop),
    _step("non_event", "drop.full_season_order", "renewed", "a season's order made whole ('a "
          "full-season order', 'orders for full 22-episode seasons', 'a back-nine "
          "pickup') with no other season named: more episodes of the season on air, not a "
          "renewal", "Glass Harbor received the go-ahead for a full 22-episode season.",
          _full_season_order, _drop),
    _step("non_event", "drop.renewed_other_object", "renewed", "a renewal of something "
          "other than a show: a deal, a contract, a partnership ('renewed its licensing deal "
          "with', 'renewed her contract'), or 'renewed' as an adjective ('renewed interest in', "
          "'renewed calls for')", "Fans have renewed calls for Glass Harbor to return.",
          lambda c: RENEWED_OTHER_OBJECT_RE.match(c.text[c.trigger.end:c.trigger.end + 40]),
          _drop),
    _step("non_event", "drop.revival_names_the_show", "renewed", "'revival' as the name of "
          "what a show is, not an event: in an apposition to its name, or naming the show "
          "another event is about, with no verb of giving or getting before it",
          "Glass Harbor, a Netflix revival of the sitcom, premieres March 3.",
          _revival_names_the_show, _drop),
    _step("non_event", "drop.rerun", "premiere", "a rerun, a marathon or an encore airs old "
          "episodes", "NBC will air a Glass Harbor catch-up marathon on Thursday, June 30.",
          lambda c: RERUN_RE.search(_clause_text(c)), _drop, needs=RERUN_RE.stems),
    _step("non_event", "drop.film_context", "premiere", "a film's release is not a season's "
          "premiere", "The documentary film about the making of the Glass Harbor series "
          "and its long road to the screen premieres on May 20.",
          lambda c: FILM_CONTEXT_RE.search(_clause_text(c)), _drop),
    _step("non_event", "trigger.season_decided_ahead", "renewed", "a run told to end with a "
          "numbered season ahead, or a decision to go ahead with a season, orders that season "
          "(the trigger is the vocabulary's; this names how it was read)", "Kestrel Play "
          "said Glass Harbor will come to an end with its sixth season.",
          _trigger_reads(SEASON_DECIDED_AHEAD_RE)),
    _step("non_event", "trigger.return_put_off", "premiere", "a return put off in the "
          "progressive ('won't be returning until 2026') is the premiere then, not a "
          "cancellation (the trigger is the vocabulary's; this names how it was read)",
          "Glass Harbor won't be returning until 2031.",
          _trigger_reads(RETURN_PUT_OFF_RE, anywhere=True)),
    _step("non_event", "trigger.return_to_place_for_season", "renewed", "a return to a "
          "network or a place named before its season ('returns to Kestrel for a third "
          "season', 'will be back on Netflix for season 3') is the show's return for that "
          "season: the name after 'to' / 'on' is where it returns, never the subject (the "
          "trigger is the vocabulary's; this names how it was read)",
          "Glass Harbor returns to Kestrel Play for a third season.",
          _trigger_reads(RETURN_TO_PLACE_RE, anywhere=True)),
    _step("non_event", "trigger.airing_noun", "premiere", "the airing as a noun with its "
          "time right after is the premiere (the trigger is the vocabulary's; this names how "
          "it was read)", "The new season of Glass Harbor is being readied for airing early "
          "next year.", _trigger_reads(AIRING_NOUN_RE)),
    _step("non_event", "trigger.schedule_placement", "premiere", "a season's slot given or "
          "taken, or its run opened, with a time after ('has scheduled X for June 5', 'has "
          "slated X for June 5', a day set: 'has set X season 2 for June 5', 'is set for June "
          "5', never a month alone or 'set for a third season'; 'has "
          "added X to its fall lineup', 'joins the midseason schedule', 'opens on June 5', "
          "'comes to Tovrel on June 5', 'bowed on Sunday'): the premiere then (the trigger is "
          "the vocabulary's; this names how it was read)", "Tovrel has added Glass Harbor to "
          "its fall lineup.", _schedule_placement),
    _step("non_event", "trigger.arrival_with_time", "premiere", "a season's arrival in "
          "trade, wire or overseas words with its time after ('hits Tovrel on June 5', 'is "
          "due in June', 'takes over the Sunday slot on June 5', 'goes live on June 5', 'will "
          "telecast from June 5', 'releases June 5'), or its opening told as done ('set a "
          "June 5 date for X', 'got off to a strong start on Sunday', 'opened its second season "
          "on Sunday'): the premiere then (the trigger is the vocabulary's; this names how it "
          "was read; round 18)", "Season 2 of Glass Harbor hits Tovrel on June 5.",
          _arrival_with_time),
    _step("non_event", "trigger.arrival_any_time", "premiere", "a season's arrival before a "
          "time in any form, with or without its preposition ('drops this fall', 'lands 5 "
          "June', 'hits Tovrel later this year', 'goes live on June 5', 'is out in early "
          "2027', 'is slated for Christmas', a headline's 'Season 2 Slated For June 5', "
          "'starts on Brindle One on Sunday'): the premiere then (the trigger is the "
          "vocabulary's; this names how it was read; round 19)", "The second season of Glass "
          "Harbor drops later this year.", _arrival_any_time),
    _step("non_event", "trigger.arrival_article_day", "premiere", "a season's arrival in "
          "the same words timed by the article's own day ('is out today', 'drops tonight', "
          "'lands on Tovrel tomorrow', 'streams on Kestrel today', 'goes live later today'): "
          "the premiere then, its day read against the article's date as any 'today' is "
          "(the trigger is the vocabulary's; this names how it was read; round 27)",
          "The second season of Glass Harbor is out today on Tovrel.", _arrival_article_day),
    _step("non_event", "drop.due_other_subject", "premiere", "an arrival's 'is due' whose "
          "subject is something else due ('a decision on the future of X is due in June', "
          "'the verdict', 'the trailer'), not the season (round 18)", "A decision on the "
          "future of Glass Harbor is due in June.", _due_other_subject, _drop),
    _step("non_event", "drop.arrival_other_subject", "premiere", "an arrival verb ('drops', "
          "'lands', 'hits', 'goes live', 'is out', 'slated for') whose subject is something "
          "else that arrives (a site, a vote, tickets, ratings, a book, a tour, a show's star), "
          "not the season (round 19)", "The Glass Harbor fan website goes live on Sunday.",
          _arrival_other_subject, _drop),
    _step("non_event", "trigger.run_begun", "premiere", "a show's run begun, told with its "
          "year, month or weekday ('The series began in 2011', 'the drama started back in "
          "March 2016', 'which began its run in 2019'; round 36: a named day, 'the new "
          "year', or a time relative to the article's with no preposition, 'starts on Boxing "
          "Day', 'starts next spring'): the premiere then (the trigger is the "
          "vocabulary's; this names how it was read; round 21)", "The Kestrel comedy about "
          "three sisters who run a bakery began in 2027.", _run_begun),
    _step("non_event", "trigger.back_on_place_with_time", "premiere", "a coming back with "
          "its place between and its time after, or told with the contraction ('We'll be "
          "back on Kestrel One in 2025', 'is coming back to Tovrel next spring', 'it'll be "
          "back in the new year'): the premiere then, not back on set, stage or tour (the "
          "trigger is the vocabulary's; this names how it was read; round 21)",
          "Glass Harbor has been recommissioned. We'll be back on Kestrel One in 2027.",
          _back_on_place_with_time),
    _step("non_event", "trigger.season_begun", "premiere", "a season begun, started or "
          "opened with its time, the season as the verb's object ('begins its second season "
          "on July 14', 'will start series two on Kestrel in March', 'kicked off its new "
          "season on Sunday') or the subject of 'opens' ('Season 2 of X opens on July 14'): the "
          "premiere then, never a shoot's start ('began filming its second season', 'starts "
          "its season 2 shoot'; the trigger is the vocabulary's; this names how it was read; "
          "round 37)", "The Tovrel thriller Glass Harbor begins its third season on Sunday, "
          "March 7.", _season_begun),
    _step("non_event", "trigger.start_with_time", "premiere", "a run's start told as good "
          "or bad with its time right after ('had a promising start last autumn', "
          "'enjoyed a strong start in March 2027'): the premiere then (the trigger is the "
          "vocabulary's; this names how it was read; round 21)", "The revived comedy had a "
          "promising start last autumn before its ratings slid.", _start_with_time),
    _step("non_event", "drop.begun_other_subject", "premiere", "a run begun or a start told "
          "(``trigger.run_begun``, ``trigger.start_with_time``) whose subject is neither a "
          "reference to a show opening its clause nor a show's name right before the verb: "
          "someone's career, a feud, a strike began then (round 21)",
          "Her long partnership with the Glass Harbor writers began in 2027.",
          _begun_other_subject, _drop),
    _step("non_event", "trigger.season_reached", "renewed", "a season reached rather than "
          "given: the show ordered or extended to or through a season, set to run for one, "
          "a season 'in the works' or 'officially happening', "
          "a season bagged in headline style (the trigger is the vocabulary's; this names how "
          "it was read; round 18)", "Tovrel has extended Glass Harbor through a third season.",
          _trigger_reads(SEASON_REACHED_RE)),
    _step("non_event", "trigger.cut_in_other_words", "cancelled", "a run ended in trade, "
          "wire or overseas words: shelved, discontinued, taken or gone off air, given its "
          "marching orders, time called on it, the curtain brought down on it, pulled, cut or "
          "brought to an end after its seasons, dropped from a schedule, a decision to scrap "
          "it (the trigger is the vocabulary's; this names how it was read; round 19)",
          "Brindle TV has called time on Glass Harbor after two series.",
          _trigger_reads(CUT_IN_OTHER_WORDS_RE)),
    _step("non_event", "kind.moved_shoot_is_start", "premiere", "a date moved ('pushed to', "
          "'delayed until') in a clause that opens on a shoot ('Production on X has been "
          "pushed to April') with no word of its end: the shoot's start moved, a "
          "filming_started of the new date (round 39, r39dates)",
          "Production on Copper Vale season 2 has been pushed to April.",
          _moved_shoot_start, _as_shoot_start),
    _step("non_event", "drop.moved_shoot", "premiere", "a date moved ('pushed back to', "
          "'delayed until', 'brought forward to') in a clause that opens on a shoot ('Filming "
          "on the second series of X ...', 'Production of X ...') and names no airing before "
          "the verb: the shoot's day moved, not the premiere's (round 36); round 39: only "
          "its end's ('The end of filming ... pushed back'), a start is "
          "``kind.moved_shoot_is_start``'s",
          "The end of filming on the second series of Glass Harbor has been pushed back to 14 "
          "July.", _moved_shoot, _drop),
    _step("non_event", "drop.shelved_part", "cancelled", "a cancellation verb ('shelved', "
          "'scrapped', 'dropped') whose subject, its head noun right before the verb and its "
          "auxiliaries, is part of a season's making — its scripts, episodes, storylines, "
          "plans — not the show: an order cut, a story dropped, no run ended (round 36)",
          "Kestrel has cut the second series of Glass Harbor to six episodes. The remaining "
          "scripts will be shelved.", _shelved_part, _drop),
    _step("non_event", "trigger.season_refused", "cancelled", "a season refused: a network "
          "that won't go ahead with one, opted not to order one, decided not to proceed with "
          "the show; 'the third season of X will not go ahead' (the trigger is the "
          "vocabulary's; this names how it was read; round 19)", "Tovrel won't go ahead with "
          "a fourth season of Glass Harbor.",
          _trigger_reads(SEASON_REFUSED_RE)),
    _step("non_event", "trigger.renewal_taken_back", "cancelled", "a renewal taken back: a "
          "show that was, has been or got unrenewed (the verb after its auxiliary; not the "
          "adjective 'still unrenewed', a decision not yet taken) (the trigger is the "
          "vocabulary's; this names how it was read; round 27)",
          "Copper Vale was quietly unrenewed for its promised third season.",
          _trigger_reads(RENEWAL_TAKEN_BACK_RE)),
    _step("non_event", "trigger.decision_noun_to_cancel", "cancelled", "a decision to cancel "
          "told as a noun with its owner: 'the decision by Tovrel to cancel X', 'Kestrel's "
          "decision to axe X' (not a decision reversed, regretted or still open) (the trigger "
          "is the vocabulary's; this names how it was read; round 27)",
          "The decision by Tovrel to cancel Lantern House surprised its cast.",
          _trigger_reads(DECISION_NOUN_TO_CANCEL_RE)),
    _step("non_event", "trigger.cancel_decision_reversed", "renewed", "a decision to cancel "
          "taken back, the show's revival: 'has reversed its decision to cancel X', 'walked "
          "back the plan to axe X', 'overturned its move to cancel X' (not a reversal refused, "
          "urged or still to come: 'will not reverse', 'urged Kestrel to reverse', 'could "
          "reverse') (the trigger is the vocabulary's; this names how it was read; round 31)",
          "Kestrel has reversed its decision to cancel Lantern House, which returns for a "
          "third season.", _trigger_reads(CANCEL_DECISION_REVERSED_RE)),
    _step("non_event", "trigger.renew_decision_reversed", "cancelled", "a decision to renew "
          "taken back: 'has reversed its decision to renew X for a third season' (the trigger "
          "is the vocabulary's; this names how it was read; round 31)",
          "Kestrel has reversed its decision to renew Lantern House for a third season.",
          _trigger_reads(RENEW_DECISION_REVERSED_RE)),
    _step("non_event", "trigger.farewell_run_ended", "cancelled", "a farewell idiom with a "
          "show as its object and the run it ended in its clause: 'will say goodbye to X after "
          "three seasons', 'bids farewell to the drama X after just one season' (not a "
          "determiner's or a pronoun's noun: 'its star', 'the set'; not a cast member's "
          "farewell past a comma, nor 'after three seasons as ...') (the trigger is the "
          "vocabulary's; this names how it was read; round 33)",
          "Tovrel will say goodbye to Lantern House after three seasons.",
          _trigger_spanned(FAREWELL_RUN_ENDED_RE)),
    _step("non_event", "trigger.farewell_final_season", "renewed", "a farewell idiom told with "
          "the final season it comes with: 'will say goodbye to X with the 15th and final "
          "season' is that season ordered (the trigger is the vocabulary's; this names how it "
          "was read; round 33)",
          "Tovrel will also say goodbye to Lantern House with its fifth and final season.",
          _trigger_spanned(FAREWELL_FINAL_SEASON_RE)),
    _step("non_event", "trigger.season_in_other_words", "renewed", "a season given in "
          "other words: a new run, instalment or outing commissioned, ordered or confirmed, "
          "an order for more episodes of the show, a network giving it a numbered season in "
          "a headline (the trigger is the vocabulary's; this names how it was read; round 19)",
          "Brindle TV has commissioned a new run of Glass Harbor.",
          _trigger_reads(SEASON_IN_OTHER_WORDS_RE)),
    _step("non_event", "trigger.more_commissioned", "renewed", "more of a show commissioned, "
          "the British press's renewal with no season number: 'has commissioned more X', "
          "'commissioned further episodes of X', 'More X commissioned by Kestrel' (not more of a "
          "kind of programme, 'more drama than ever'; not the season on air; never after a "
          "negation; the trigger is the vocabulary's; this names how it was read; round 37)",
          "Brindle TV has commissioned further episodes of Glass Harbor.",
          _trigger_spanned(MORE_COMMISSIONED_RE)),
    _step("non_event", "trigger.another_run_told", "renewed", "another run told in the British "
          "press's words: a run, outing or instalment a deciding verb gives ('commissioned for "
          "a second run'), another series there will be ('there is to be a third series of "
          "X'), another series got ('X gets another series'; not a series regular, an award, a "
          "negation; the trigger is the vocabulary's; this names how it was read; round 37)",
          "Glass Harbor has been recommissioned for a further outing.",
          _trigger_spanned(ANOTHER_RUN_TOLD_RE)),
    _step("non_event", "trigger.not_commissioned_more", "cancelled", "more of a show refused: "
          "'will not commission further episodes of X', 'decided not to commission more X' "
          "(the trigger is the vocabulary's; this names how it was read; round 37)",
          "Brindle TV will not commission further episodes of Glass Harbor.",
          _trigger_spanned(NOT_COMMISSIONED_MORE_RE)),
    _step("non_event", "trigger.numbered_season_got", "renewed", "a numbered season got, "
          "without the article a headline drops or with it: a show that gets, lands, earns, "
          "scores, secures, bags or receives a second series, 'season 2' (not the first, not "
          "a part of the season; the trigger is the vocabulary's; this names how it was read; "
          "round 24, s24renewed)", "Glass Harbor lands second series at Brindle TV.",
          _trigger_reads(NUMBERED_SEASON_GOT_RE)),
    _step("non_event", "trigger.season_on_its_way", "renewed", "a season told as on its way, "
          "with no verb of deciding: 'Season 3 of X is on the way', 'X season 3 is in the "
          "works', 'a new season of X is coming.' ('coming' ends the clause: 'coming to Kestrel "
          "in June' is a premiere; never the first season; the trigger is the vocabulary's; "
          "this names how it was read; round 25, s25idioms)",
          "Season 3 of Glass Harbor is on the way.",
          _trigger_reads(SEASON_ON_ITS_WAY_RE)),
    _step("non_event", "trigger.stays_for_season", "renewed", "a show that stays, sticks "
          "around, remains or continues, at a place or not, for or with a season: 'X stays on "
          "Kestrel for a third season', 'continues on Kestrel with a second season' (never "
          "after a negation; the trigger is the vocabulary's; this names how it was read; "
          "round 25, s25idioms)", "Glass Harbor stays on Brindle TV for a third season.",
          _stays_for_season),
    _step("non_event", "trigger.shoot_aside", _SHOOT, "a shoot's phrase reaches its verb "
          "over an aside set off in commas, dashes or parentheses (the trigger is the "
          "vocabulary's; this names how it was read)", "Filming on the new season, which "
          "moves to Belfast, began in March.",
          _trigger_reads(SHOOT_ASIDE_RE)),
    _step("non_event", "drop.film_shoot", ("filming_started", "filming_wrapped"),
          "a shoot whose object is a film is not a season's shoot", "Production on the new "
          "movie, which stars the cast of Glass Harbor, began in March.",
          lambda c: SHOOT_OF_FILM_RE.search(_clause_text(c)), _drop),
    _step("non_event", "drop.pre_post_production", TRIGGER_KINDS,
          "pre-production and post-production are not the shoot",
          "Pre-production began on Glass Harbor season 2.",
          lambda c: c.text[max(0, c.trigger.start - 5):c.trigger.start].lower().endswith(
              ("pre-", "post-")), _drop),
    _step("non_event", "speech.document_quote", TRIGGER_KINDS, "a quotation attributed to a "
          "press release, statement or announcement is the network's record, not someone's "
          "speech: its trigger is kept", "\"Glass Harbor will begin production in February "
          "and return in the fall,\" the press release read.", _document_quote),
    _step("non_event", "speech.own_side_decision", ("renewed", "cancelled"), "a renewal or "
          "a cancellation quoted from the network's or the show's own people (a head, a "
          "spokesperson, a statement, the showrunner, the creator: named in the sentence), told "
          "by its verb ('this renewal' speaks of one told elsewhere) and "
          "as done, not wished, feared or supposed ('if', 'should', 'hope', a question), is the "
          "decision's telling: its trigger is kept; 'we', 'us' go to the article's show as any "
          "sentence naming none (round 23, r23quotes)", "\"We have decided not to move forward "
          "with Salt Road,\" said Mara Quell, president of Kestrel Entertainment.",
          _own_side_decision),
    _step("non_event", "speech.first_person_decision", ("renewed", "cancelled"), "a renewal or "
          "a cancellation quoted with the show in the first person as its subject or object "
          "('we won't be back', 'our show won't be coming back', 'they cancelled us'), spoken "
          "by the show's people (named; no critic, fan, source or cast member) and told as "
          "done, not wished or supposed ('if', 'hope', a question), is the show's own telling "
          "of its fate: its "
          "trigger is kept and goes to the show the narration speaks of (round 25, r25cancel); "
          "not when the quotation or its attribution names another thing the 'we' may be (a "
          "band, a podcast, a label: m25drops)",
          "\"Copper Vale\", the mining drama, ran for two seasons. \"We are heartbroken that "
          "our show won't be back,\" Dana Holt said.", _first_person_decision),
    _step("non_event", "speech.wrap_post", "filming_wrapped", "a quotation opening with the "
          "crew's exclamation ('That's a wrap on season 2!') and told as posted, written, "
          "shared or captioned is the cast's or crew's own announcement of the shoot: its "
          "trigger is kept (round 35, r35shoots)", "\"That's a wrap on season 2 of Glass "
          "Harbor!\" star Dana Holt posted on Instagram.", _wrap_post),
    _step("non_event", "speech.start_post", "filming_started", "a quotation opening with the "
          "cast's or crew's own words of a shoot's start ('First day of filming on X season "
          "2!', 'Back on set for series 4', 'We're officially back filming') and told as "
          "posted, written, shared or captioned — not by a fan, reader or reporter, not "
          "wished or waited for ('can't wait', 'hopefully', 'soon', a question) — is the "
          "show's own announcement of the shoot: its trigger is kept (round 37, r37quotes)",
          "Mara Quell shared a selfie from the set, writing: 'Day one of filming on season 3 "
          "of Copper Vale!'", _start_post),
    _step("non_event", "drop.other_show_ended", "cancelled", "a cancellation whose subject or "
          "object is a show the sentence does not name and that is not the article's: "
          "someone's earlier one ('her previous series was cancelled', 'Tovrel cancelled my "
          "last show'), a person's ('Tobin Reyes, whose comedy was axed'), 'another drama "
          "Kestrel cancelled': another show's end told in passing, no one's fact here (round "
          "25, r25cancel)", "Kestrel renewed Copper Vale. Tobin Reyes, whose comedy was axed "
          "in 2021, joins the cast.", _other_show_ended, _drop),
    _step("non_event", "drop.direct_speech", TRIGGER_KINDS, "someone's quoted words are not "
          "the article's statement", "\"They pulled the plug on us after one season,\" she "
          "said.", lambda c: any(q[0] < c.trigger.start < q[1] for q in c.view.speech)
          and not _document_quote(c) and not _own_side_decision(c)
          and not _first_person_decision(c) and not _wrap_post(c)
          and not _start_post(c), _drop),
    _step("non_event", "drop.past_plan_changed", (*_EXTRA_KINDS, "filming_wrapped"), "a plan "
          "that was changed did not happen (round 40: a wrap too, 'was scheduled to wrap in May "
          "but will now run into August')",
          "It was supposed to start filming in May, but the strike delayed it.",
          lambda c: PAST_PLAN_RE.search(
              c.text[max(c.clause[0], c.trigger.start - 30):c.trigger.end]) and (
              c.kind == "filming_started" or _plan_changed(c)), _drop, needs=PAST_PLAN_NEEDS),
    _step("non_event", "drop.partial_wrap", "filming_wrapped", "a wrap in an article that "
          "says the season's shoot goes on was of one block or place, not the season; not "
          "when that line names another show and not the wrap's, a season the wrap's "
          "sentence does not name ('more filming is planned for the third season'), or tells "
          "the shoot as over ('no more filming left') (round 21)",
          "Glass Harbor has wrapped the Lisbon block of season 2. With more filming planned "
          "for the season on Madeira, the producers call it a halfway mark.",
          _filming_goes_on, _drop),
    _step("non_event", "drop.wished_or_unreal", TRIGGER_KINDS, "a trigger in a clause that "
          "is wished or campaigned for ('would love for X to come back', 'fans are pushing "
          "for X to be renewed', 'dreams of X returning'), urged on someone ('begging Netflix "
          "to renew X'), the audience's belief ('fans are convinced X will return'), "
          "counterfactual ('would have premiered in May', 'should have been renewed') or the "
          "condition of an 'if' whose subject is the show: no event is stated",
          "Fans are campaigning for Glass Harbor to return for a fourth season.",
          _wished_or_unreal, _drop),
    _step("non_event", "drop.renewal_not_given_beside_cancellation", "renewed", "a renewal "
          "the sentence tells hoped, expected, sought or rumoured ('even though the cast "
          "expected a renewal', 'which fans had hoped would be renewed', 'despite reports of a "
          "renewal', 'before a renewal could be announced'), beside the cancellation it tells "
          "of the one show it names: the decision is the cancellation (round 25); not a "
          "renewal reported given ('Tovrel said it would renew', 'confirmed reports that it "
          "renewed', m25drops)",
          "Kestrel cancelled the drama Copper Wharf even though the cast expected a renewal.",
          _renewal_not_given_beside_cancellation, _drop),
    _step("non_event", "drop.cancellation_not_given_beside_renewal", "cancelled", "a "
          "cancellation the sentence tells feared, threatened, rumoured or possible ('despite "
          "rumours it might be cancelled', 'despite cancellation fears', 'once at risk of "
          "being cancelled'), beside the renewal it tells of the one show it names: the "
          "decision is the renewal (round 25, s25contrast; the mirror of "
          "``drop.renewal_not_given_beside_cancellation``)",
          "Kestrel renewed the drama Copper Wharf despite rumours it might be cancelled.",
          _cancellation_not_given_beside_renewal, _drop),
    _step("non_event", "drop.event_the_cancellation_came_before", ("premiere",
          "filming_started"), "a premiere or shoot the sentence's cancellation of the one show "
          "it names came before ('cancelled days before its premiere', 'before it could "
          "premiere', 'before its third season could begin filming') or voided ('which was due "
          "to start filming in June'): it never took place (round 25); unless no plan is told "
          "voided and the season still airs: its final season's, one in the present ('before "
          "its third season premieres'), 'as planned' (m25drops)",
          "Kestrel cancelled the drama Copper Wharf just days before its March 3 premiere.",
          _event_the_cancellation_came_before, _drop),
    _step("non_event", "kind.return_denied_is_cancellation", "renewed", "a renewal's return "
          "phrase denied by a decision's negation before or inside it ('won't be bringing "
          "back X for a third season', 'X isn't coming back for season 3', 'confirmed X "
          "won't return for season 3'), with no time making it a delay ('until 2026'): the "
          "show's cancellation (round 22)", "Brindle TV won't be bringing back Copper Vale "
          "for a third season.", _return_denied, _as_cancellation),
    _step("non_event", "kind.renewal_refused_is_cancellation", "renewed", "a renewal "
          "trigger right after a decision against it or a failure to get it — refused ('voted "
          "against renewing X', 'turned down a renewal', 'ruled out a third-season renewal', "
          "'refused to renew', 'chose not to greenlight'), or not won ('failed to land a "
          "renewal', 'missed out on a renewal', 'was denied a renewal', 'did not receive a "
          "renewal') — with only a determiner, a season or 'to' between, and no time making it "
          "a delay ('before 2026'): the show's cancellation, not its renewal (round 24, "
          "r24kinds)", "Kestrel voted against renewing the drama Copper Wharf for a third "
          "season.", _renewal_refused, _as_cancellation),
    _step("non_event", "negation.contrast_scope", ALL_KINDS, "a negation or a hedge reads on "
          "its own side of a contrast only ('rather than', 'instead of', 'as opposed to', "
          "'despite', 'unlike', 'whereas', 'but', and before the trigger 'although', 'even "
          "though', "
          "'while'): after the trigger the side ends at the contrast word, before it the side "
          "starts at it, so the status a sentence tells against another is kept "
          "('cancelled rather than renewed', 'premieres in March rather than January') and "
          "the one told as not happening is dropped by ``drop.negated``; a hedge likewise "
          "leaves a decision on the other side confirmed for ``certainty.hedge`` ('renewed "
          "despite rumours it might be cancelled') (round 25, "
          "s25contrast)", "The drama Copper Wharf was cancelled instead of being renewed.",
          _scope_bounded_by_contrast, needs=CONTRAST_NEEDS),
    _step("non_event", "drop.negated", ALL_KINDS, "negation bound to the trigger (not, no, yet "
          "to, hope)", "Glass Harbor has not been renewed for a fourth season.",
          lambda c: _is_negated(c) and not (c.kind == "cancelled" and (
              _return_denied(c) or _renewal_refused(c))) and not _date_denied_for_another(c),
          _drop),
    _step("non_event", "drop.cast_news", (*DECISIONS, "premiere"), "a person's name right "
          "before a return or a departure: news of the cast ('Maya Lind won't return for "
          "season 3', 'cast member Maya Lind returns to X in Sunday's episode'), not of the "
          "show", "Jenna Hart won't return for Glass Harbor season 3.",
          _person_comes_or_goes, _drop),
    _step("non_event", "drop.planned_end", "cancelled", "an ending the makers planned: an "
          "'ending' trigger in a sentence that names the showrunners or creators, a final "
          "season or a plan ('X Comes to an End After Four Seasons, as Its Creators "
          "Planned'); a planned ending is not a cancellation",
          "Glass Harbor ends after five seasons, the creators announced.",
          lambda c: END_FAMILY_RE.search(_trigger_text(c)) and PLANNED_END_CUE_RE.search(c.text),
          _drop),
    _step("non_event", "drop.negated_inside_trigger", TRIGGER_KINDS, "a negation the trigger "
          "phrase spans ('filming on X has not begun', 'a third season has not been ordered')",
          "A third season of Glass Harbor has not been ordered.",
          lambda c: _negated_inside(c) and not _date_denied_for_another(c), _drop),
    _step("non_event", "drop.denied_report", ALL_KINDS, "a report the sentence denies or "
          "calls false ('denied reports that', 'rumours that ... are false')",
          "Netflix denied reports that Glass Harbor had been cancelled.", _denied, _drop,
          needs=DENIED_BEFORE_RE.stems + DENIED_AFTER_RE.stems),
    _step("non_event", "drop.total_over_seasons", "episode_count", "'a total of 39 "
          "episodes' over several seasons counts no season",
          "Glass Harbor ran for three seasons and a total of 39 episodes.",
          lambda c: TOTAL_OF_RE.search(c.text[max(0, c.trigger.start - 14):c.trigger.start]),
          _drop),
    _step("non_event", "drop.runtime_not_count", "episode_count", "a count phrase whose "
          "number is joined to a unit of time ('a two-hour episode', 'two-hour episodes every "
          "Sunday'): the episode's running time, no count of the season's episodes (round 25)",
          "Copper Wharf premieres March 3 with a two-hour episode.",
          lambda c: RUNTIME_NOT_COUNT_RE.match(c.text, c.trigger.start), _drop),
    _step("non_event", "drop.episodes_into", "episode_count", "a count phrase followed by "
          "'into' ('two episodes into its third season'): a place in the season, no count of "
          "its episodes (round 25)", "Copper Wharf returns March 3, two episodes into its third "
          "season.", lambda c: EPISODES_INTO_RE.match(c.text, c.trigger.end), _drop),
    _step("non_event", "drop.date_negated", "premiere", "'no premiere date has been set' "
          "dates nothing", "Glass Harbor season 2 premieres on Hulu, but its release date has not "
          "yet been announced.",
          lambda c: c.view.whole_date_negated and _owned(c) is None, _drop),
    _step("non_event", "drop.background_season_order", "renewed", "a season that 'was "
          "ordered' with no date of its own is the show's history, not news: its number "
          "unread, an earlier season told before it in the sentence, a later one named in the "
          "article, or a step of a story after it ('soon after', 'later'). (Round 37: a "
          "numbered season's order told alone, 'Series two of X was commissioned by Ann Lee', "
          "is the article's news and stays.)",
          "Glass Harbor season 1 drew well, and a second season was announced soon after.",
          lambda c: _owned(c) is None and SEASON_PASSIVE_PAST_RE.search(_trigger_text(c))
          # "season 2 was confirmed in March": the day of the confirmation is its own date
          and not any(0 <= d.start - c.trigger.end <= 12 for d in c.view.announced)
          and not _season_order_told_alone(c),
          _drop),
    _step("non_event", "drop.return_not_this_time", "cancelled", "a return denied for a time "
          "of the present or a coming period ('won't return this year', 'will not be back in "
          "2031'): the return comes later, nothing is called off (round 18)",
          "Glass Harbor will not return this year, Kestrel said.",
          lambda c: RETURN_FAMILY_RE.search(_trigger_text(c)) and RETURN_NOT_THIS_TIME_RE.match(
              c.text, c.trigger.end), _drop),
    _step("non_event", "drop.denial_not_decided", "cancelled", "'not to renew' that someone "
          "asks, dares or fears ('a critic's dare to the streamer not to renew the series', "
          "'fans urged the network not to renew it'): no decision", "The finale was a dare to "
          "the studio not to renew Glass Harbor.", lambda c: RENEW_WORD_RE.search(_trigger_text(c))
          and DENIAL_NOT_DECIDED_RE.search(c.text[max(c.clause[0], c.trigger.start - 50):
                                                 c.trigger.start]), _drop),
    _step("non_event", "kind.renewal_denied_is_cancellation", "cancelled", "'won't be "
          "renewed', 'opted not to renew' is a cancellation", "Hulu decided not to renew "
          "Glass Harbor.", _trigger_reads(RENEW_WORD_RE, anywhere=True)),
    # --- the date the trigger owns -----------------------------------------------------------
    _step("non_event", "drop.show_named_as_modifier", TRIGGER_KINDS, "a status word whose "
          "object or subject is a thing a show's name only qualifies — an event, a work or "
          "promotional material ('cancelled the Glass Harbor premiere party', 'The Glass "
          "Harbor cast photos were released', 'began filming a Glass Harbor promo'): the "
          "thing's status, not the show's (round 21)",
          "Tovrel cancelled the Glass Harbor season 2 premiere party.",
          _show_named_as_modifier, _drop),
    _step("non_event", "drop.show_event_called_off", "cancelled", "a cancellation whose "
          "subject or object is one of the show's events — its premiere as an event ('the "
          "red-carpet premiere of X', 'the X premiere', 'its London premiere'), a press day, "
          "junket or tour, a photocall, a fan event: the event is off, not the show (round "
          "37)", "The red-carpet premiere of Glass Harbor was cancelled amid the protests.",
          _show_event_called_off, _drop),
    _step("non_event", "trigger.premiere_stated_before_question", "premiere", "a question "
          "whose premiere, with its date, is stated before the asking starts — a head cut off "
          "by a colon, a dash or 'but' ('premieres March 4: what do we know?'), a stated "
          "circumstance ('With ... premiering March 4, will ...?'), the reader's eagerness "
          "('Who's ready for the ... premiere on March 4?'), a quotation or aside the sentence "
          "ends on ('... an episode called \u201cWho Owns the Sea?\u201d') — is read as that "
          "statement, not "
          "dropped as a question (drop.question); a question opening on its verb or a "
          "condition, a reader's 'Q:', a hedge or 'or' in the stated part still states "
          "nothing (round 23)",
          "Salt Road premieres March 4 on Kestrel: what do we know so far?",
          _premiere_stated_before_question),
    _step("date", "date.schedule_season", "premiere", "a slot in a season's schedule ('has "
          "added X to its fall lineup', 'joins the spring schedule'): the premiere is that "
          "season of the year published, or of the next when that season is over or the text "
          "says 'next'",
          "Tovrel has added Glass Harbor to its fall lineup.", _schedule_season, _dated),
    _step("date", "date.title_year_label", TRIGGER_KINDS, "a year in parentheses right "
          "after a show's name or a season ('Nightjar (2023)', 'Season 2 (2030)') labels "
          "which one is meant: the trigger's date is the other one its clause gives, or none "
          "(round 20)", "Harrow Lane (2029) returns for a second season on September 3.",
          _title_year_label, _date_past_label),
    _step("date", "date.announcement_opens_sentence", TRIGGER_KINDS, "'On Monday, Netflix "
          "announced that X will return': the day that opens the sentence is the "
          "announcement's, not that of the event to come",
          "On Monday, Netflix announced that Glass Harbor will return for season 5.",
          _announcement_opens, _date_after_trigger_or_announced),
    _step("date", "date.announced_plan_opens_sentence", DECISIONS, "'In March, Kestrel "
          "said X would return for a third season': the time opening the sentence before a "
          "reporting verb is the announcement's, and a decision it told as ahead ('would', "
          "'was set to') takes that date as the announcement's, read in the past — so a "
          "return stays the renewal, no premiere of that time (round 25)",
          "In March, Kestrel said Copper Wharf would return for a third season.",
          _announced_plan, _announcement_dates_decision),
    _step("date", "date.shoot_until_is_wrap", "filming_started", "'now shooting through "
          "February 2022': the date after 'through/until' is the wrap's, the start has none",
          "Glass Harbor season 2 is now shooting in Belfast through March 2025.",
          _shoot_end, _shoot_end_is_wrap),
    _step("date", "date.announced_day_is_ahead", "premiere", "a yearless day a premiere-date "
          "noun gives ('got a release date of June 12', 'release date announced: June 12', 'a "
          "June 12 premiere date', round 40: 'set a June 12 premiere') is "
          "read ahead: announcing the day is past, the day announced lies ahead",
          "Glass Harbor season 2 got a release date of June 12.",
          _day_given_by_date_noun, _dated_ahead),
    _step("date", "date.renewed_season_arrival", "renewed", "a date the renewal owns after "
          "'due', 'slated for', 'coming', 'set to arrive' is the renewed season's premiere, "
          "read ahead; the decision takes no date from it",
          "Glass Harbor has been renewed for a second season, due in March.",
          _renewed_season_arrival, _arrival_is_premiere),
    _step("date", "date.other_event_before", DECISIONS, "a date the decision owns that is "
          "another event's it came before ('ahead of its May 3 finale', 'days before its "
          "finale on May 3') is not the decision's",
          "Glass Harbor was renewed for a second season ahead of its May 3 finale.",
          _other_event_date, lambda c, found: c),
    _step("date", "date.anaphoric_year", TRIGGER_KINDS, "a year named by reference ('later "
          "that year', 'the same year', 'the following year', 'later in the year' after a "
          "date) is the year of the date the sentence names before it, not the article's "
          "(round 18); 'later that year' with no date before it dates nothing",
          "Glass Harbor season 3 premiered in January 2031, with season 4 set to premiere later "
          "that year.", _anaphoric_year, _dated),
    _step("date", "date.anchored_offset", TRIGGER_KINDS, "a time counted from a date ('two "
          "weeks later', 'a year later', 'the following month', 'later that month', 'that "
          "summer') is counted from the date the sentence names before it, or else the last "
          "date of the sentence before, not from the article's date (round 24)",
          "Glass Harbor premiered in January 2031 and was renewed for a second season two "
          "months later.", _anchored_offset, _dated),
    _step("date", "date.opening_year_frame", TRIGGER_KINDS, "a date without a year in a "
          "sentence that opens with a year ('Last year, ...', 'In 2031, ...', 'Back in "
          "2030, ...') is in that year (round 18)",
          "Last year, Glass Harbor wrapped filming on its third season in March.",
          _framed_by_opening_year, _dated),
    _step("date", "date.guide_heading", "premiere", "a TV guide's line that opens on a "
          "weekday heading ('Friday, Kestrel, 8pm: the first episode of the new run of X') "
          "dates the premiere it labels with that weekday, read ahead, unless the line tells "
          "its own date; its time and channel are no part of it (round 40, r40dates)",
          "Friday, Kestrel, 8pm: the first episode of the new run of Copper Vale (series two).",
          _guide_heading_day, _dated_ahead),
    _step("date", "date.moved_from_to", EVENTS, "the new date of a move whose verb is the "
          "trigger or stands right before it ('has pushed X from March to June', 'moved the "
          "premiere of X to May 4', 'moves up a week, to May 4'): the date after its 'to', "
          "not the old one after 'from', read ahead (round 39, r39dates)",
          "Kestrel has pushed Copper Vale season 2 from March to June.",
          _moved_from_to, _moved_ahead, needs=MOVED_NEEDS),
    _step("date", "date.denied_for_another", EVENTS, "a date the sentence "
          "denies and the one it gives instead after 'but' ('will not premiere in November "
          "but in February', 'premieres not this spring but next January'): the negation is "
          "the first date's, so ``drop.negated`` keeps the candidate, and the event takes the "
          "second date (round 39, r39dates)",
          "Copper Vale will not premiere in November but in February.",
          _date_denied_for_another, _dated_instead),
    _step("date", "date.preferred_alternative", TRIGGER_KINDS, "of two dates offered for "
          "the event, the one the text marks as the likelier ('in the summer or, more likely, "
          "the fall', 'in March or April, with April more likely', 'the latter')",
          "Glass Harbor season 2 could premiere in the summer or, more likely, the fall.",
          _preferred_alternative, lambda c, d: replace(c, date_mention=d, date=d.value)),
    _step("date", "date.premiere_received", "premiere", "a yearless date a premiere's noun "
          "owns, when the clause goes on to tell the premiere's audience, ratings or reviews "
          "in the past ('X's January 14 premiere drew 3 million viewers', 'the premiere on "
          "March 3 was watched by 2 million'): the premiere has happened, so the date is the "
          "latest past one (round 41, r41shapes)",
          "Copper Vale's January 14 premiere drew 3 million viewers for Kestrel.",
          _premiere_received, _dated_past),
    _step("date", "date.modal_ahead", TRIGGER_KINDS, "a date without a year owned by a "
          "trigger a modal stands before ('could premiere in March', 'might return in the "
          "fall') is the coming one: the event lies ahead",
          "Glass Harbor season 2 could premiere in March.", _modal_ahead, _dated),
    _step("date", "date.after_an_aside", TRIGGER_KINDS, "the date the trigger owns past a "
          "relative aside closed by a comma ('wrapped its second season, which was shot in "
          "Leeds, in March'): the aside is skipped, its own dates are its event's (round 20)",
          "Harrow Lane began filming its second season, which follows the bakers to Paris, "
          "in April.", _owned_past_aside, _dated),
    _step("date", "date.return_back_ahead", TRIGGER_KINDS, "a yearless date right after the "
          "'back' of a return told in the present or ahead ('comes back June 14', 'is coming "
          "back in the fall', 'will head back in early June') is the coming one: 'back' is "
          "the verb's, not the 'back in April' of a time past (round 25)",
          "Glass Harbor comes back in early June for a second season.", _return_back_ahead,
          _dated_ahead),
    _step("date", "date.ahead_after_linked_event", TRIGGER_KINDS, "a yearless date of an "
          "event told ahead, linked after an earlier dated event ('After its 2022 debut, X "
          "will return on June 14', 'Following its March 2022 finale, X returns for season 2 "
          "on June 14'), is the coming one, not the earlier event's year: 'after' says only "
          "that it comes later (round 25)",
          "Following its 2022 debut, Glass Harbor will return for a second season on June 14.",
          _ahead_after_linked_event, _dated_after_publication),
    _step("date", "date.owned_phrase", TRIGGER_KINDS, "the date phrase the trigger owns "
          "(nearest, after it first, same clause)", "Glass Harbor season 2 premieres on June 5.",
          _owned, _dated),
    _step("date", "date.follows_linked_event", "filming_started", "a start 'right after' "
          "another event takes that event's date",
          "Filming on Glass Harbor season 2 began right after the first season "
          "premiered in April.",
          _following_event_date, lambda c, d: replace(c, date_mention=d, date=d.value)),
    _step("date", "date.shortly_after_earlier_event", DECISIONS, "a decision told 'weeks "
          "later', 'shortly after' or 'within two weeks' an event the sentence dates before "
          "it, or 'a week after its March 3 debut': that event's year (its month when the gap "
          "is days or a week or two)",
          "Glass Harbor premiered in March 2022 and was renewed for a second season weeks "
          "later.", _shortly_after_earlier_event,
          lambda c, value: replace(c, date=value)),
    _step("date", "date.announcement_day", DECISIONS, "'announced on Monday' dates the "
          "announcement, not the premiere; so does the time since it ('a month since Kestrel "
          "announced that X would return', round 18)",
          "HBO announced on Monday that it renewed the show.",
          lambda c: c.view.announced and min(c.view.announced,
                                             key=lambda d: abs(d.start - c.trigger.start)),
          lambda c, d: replace(c, date_mention=d, date=d.value)),
    # --- certainty ---------------------------------------------------------------------------
    _step("certainty", "certainty.hedge", ALL_KINDS, "a hedge (could, reportedly, if) near "
          "the trigger makes it speculative", "Glass Harbor could return in 2025.",
          _hedged, _certainty_is("speculative")),
    _step("certainty", "certainty.decision_ahead", DECISIONS, "a renewal or cancellation "
          "still ahead ('is expected to renew', 'plans to renew', 'in talks to bring back', "
          "'on track for a renewal', and the same inside a trigger: 'is expected to cancel') "
          "is a guess", "Netflix is in talks to renew Glass Harbor.", _decision_ahead,
          _certainty_is("speculative")),
    _step("certainty", "certainty.decision", ("renewed", "cancelled", "episode_count"),
          "a renewal, a cancellation or a count, reported, is confirmed",
          "Glass Harbor has been renewed.", lambda c: True, _certainty_is("confirmed")),
    _step("certainty", "certainty.past_date", ("filming_started", "filming_wrapped",
                                               "premiere"),
          "an event dated before the article (or today) has happened",
          "Glass Harbor premiered on June 5.", _past_date, _certainty_is("confirmed")),
    _step("certainty", "certainty.future_date", ("filming_started", "filming_wrapped",
                                                 "premiere"),
          "an event dated after the article is expected",
          "Glass Harbor premieres on June 5, 2030.", _future_date, _certainty_is("expected")),
    _step("certainty", "certainty.past_event", ("filming_started", "filming_wrapped",
                                                "premiere"),
          "a trigger in the past tense reports what happened, whatever else the clause plans "
          "('just wrapped production on its next season')",
          "Glass Harbor just wrapped production on its next season.",
          lambda c: _trigger_tense(c) is False, _certainty_is("confirmed")),
    _step("certainty", "certainty.caused_start", "filming_started", "a past causative before "
          "the start ('allowed production to begin') reports that it began",
          "The early renewal allowed production on Glass Harbor season 3 to begin.",
          lambda c: CAUSED_START_BEFORE_RE.search(
              c.text[max(c.clause[0], c.trigger.start - 20):c.trigger.start]),
          _certainty_is("confirmed")),
    _step("certainty", "certainty.plan", ("filming_started", "filming_wrapped", "premiere"),
          "an official plan ('set to', 'will') makes it expected",
          "Glass Harbor is set to return.", lambda c: EXPECTED_RE.search(_clause_text(c)),
          _certainty_is("expected")),
    _step("certainty", "certainty.reported", ALL_KINDS, "a reported or happened fact is "
          "confirmed", "Glass Harbor season 2 is in production.", lambda c: True,
          _certainty_is("confirmed")),
    # --- dates the text implies --------------------------------------------------------------
    _step("date_fallback", "date.shoot_interval", _SHOOT, "a shoot 'from March to July' "
          "started at the start and wrapped at the end",
          "Filming on Glass Harbor season 2 ran from March to July 2023.", _interval,
          _shoot_span),
    _step("date_fallback", "drop.shoot_span_without_dates", "filming_started", "'filming took "
          "place in Leeds': the shoot's place, no news of its start",
          "Filming on Glass Harbor season 2 took place in Leeds.",
          lambda c: SHOOT_SPAN_RE.search(_trigger_text(c)) and _interval(c) is None, _drop),
    _step("date_fallback", "kind.later_date_is_premiere_too", "renewed", "a renewal dated "
          "weeks after the article: the renewal, and the season's premiere at that date",
          "Glass Harbor has been confirmed for a fourth series in 2030.", _later_premiere,
          _premiere_too),
    _step("date_fallback", "kind.count_arrives_later", "episode_count", "a count whose "
          "episodes are given a time ahead of the article ('15 episodes in summer 2030'): "
          "the count, and the season's premiere then", "Glass Harbor: season 3. 15 episodes "
          "in summer 2030.", _count_arrives_later, _count_premiere_too),
    _step("date_fallback", "date.decision_before_the_news", DECISIONS, "a renewal or a "
          "cancellation told in an -ing form after 'after' ('a week after ordering a third "
          "season', 'days after renewing it') in a sentence whose news, before it, is the "
          "other decision: it came before the news, so it takes no date, never a sibling "
          "trigger's day nor the publication month (round 32)",
          "Tovrel cancelled Glass Harbor on Monday, a week after ordering a third season.",
          _decided_before_the_news),
    _step("date_fallback", "date.same_event", DECISIONS, "several triggers of one kind in a "
          "sentence report one event and share its date",
          "Renewals came on Tuesday: ABC picked up Glass Harbor and renewed Salt Road.",
          _sibling_date, lambda c, value: replace(c, date=value)),
    _step("date_fallback", "date.day_of_roundup", DECISIONS, "a round-up's day ('on "
          "Tuesday') dates its undated decisions of the kind",
          "On Tuesday the network axed six shows.", _roundup_day, _record_event_day),
    _step("date_fallback", "date.headline_date_from_lead", "premiere", "a headline that "
          "announces a premiere date ('Season 3 Premiere Date Set') takes the first day the "
          "article's lead gives", "Glass Harbor Season 3 Premiere Date Set || Glass Harbor "
          "returns for Season 3 on Sunday, June 9, 2030.", _lead_day, _dated),
    _step("date_fallback", "date.background_decision", DECISIONS, "a renewal or a "
          "cancellation told as the show's past, background to the news ('despite its "
          "cancellation at Fox', 'after being cancelled by', 'following its cancellation', "
          "'having been axed', 'once cancelled', 'The move comes after the show was "
          "renewed'): a fact, as the labelling guide has it, with its own date or none, never "
          "the publication month of news that just happened",
          "Despite its cancellation at Fox, Glass Harbor was renewed by Netflix.",
          lambda c: c.date is None and _told_as_background(c)),
    _step("date_fallback", "date.pluperfect_decision_undated", DECISIONS, "a renewal or a "
          "cancellation told in the pluperfect ('had been renewed', 'had already been "
          "cancelled') with no time, even beside an announcing verb ('announced that X had "
          "been renewed'): a decision before another past one, background, never the "
          "publication month of news that just happened",
          "Once the finale aired, Glass Harbor's writer revealed that the drama had been "
          "picked up again.", _told_in_pluperfect),
    _step("date_fallback", "date.recent_decision_undated", DECISIONS, "a renewal or a "
          "cancellation told as recent ('was recently renewed', 'the recent cancellation of', "
          "'has been picked up recently') with no time: it came before the news, its month "
          "not told, so it takes no date, never the publication month",
          "Glass Harbor was recently renewed for a third season.", _told_recently),
    _step("date_fallback", "date.decision_in_clause_undated", DECISIONS, "a renewal or a "
          "cancellation told with no time in a clause that hangs on another event or on the "
          "show ('ran three seasons before it was cancelled', 'the comedy that was axed by "
          "Tovrel', 'After rival Kestrel renewed Salt Road, ...'): the show's past, its time "
          "not told, so it takes no date, never the publication month (round 22)",
          "Glass Harbor lasted two seasons before it was cancelled by Tovrel.",
          _decided_in_clause),
    _step("date_fallback", "date.decision_describes_show_undated", DECISIONS, "round 39: a "
          "renewal or a cancellation told with no time in a clause that describes the show's "
          "past rather than reports the news: a time clause or a relative clause with its own "
          "subject ('ever since Kestrel cancelled X', 'which Tovrel axed after two seasons'), "
          "a passive infinitive ('before being cancelled', 'only to be axed'), a participle "
          "set off by commas before the sentence's verb ('X, axed by Kestrel, remains ...'): "
          "no date, never the publication month",
          "Copper Vale, which Kestrel cancelled after two seasons, remains a fan favourite.",
          _decision_describes_show),
    _step("date_fallback", "date.decision_in_past_record_undated", DECISIONS, "round 39: a "
          "renewal or a cancellation told with no time as part of a record, not as the news: "
          "framed by the record's time ('in the past', 'in recent months', 'over the last few "
          "years') or named after the record's lead-in ('Other Kestrel shows to be cancelled "
          "include', 'a string of cancellations including', 'follows those of'): no date, "
          "never the publication month",
          "Kestrel cancelled Salt Road. Other Kestrel dramas to be cancelled include Copper "
          "Vale and Iron Gate.", _decision_in_past_record),
    _step("date_fallback", "date.shoot_going_on_undated", "filming_started", "a shoot told "
          "as a state that goes on ('is currently in production', 'is currently filming', 'in "
          "production on its second season'): its start is not told, so it takes no date, "
          "never the publication month of news that just happened",
          "Glass Harbor season 2 is currently in production in Leeds.", _shoot_going_on),
    _step("date_fallback", "date.day_placed_in_month", TRIGGER_KINDS, "round 33: a day the "
          "text names by its place in its month ('the last day of July', 'the first day in "
          "August', 'the thirty-first of July', 'the second Sunday of August', \"July's last "
          "Friday\"') is that day, not the month; 'the end of July' and 'mid-July' stay months, "
          "'the last day of filming' names no date (``dates._placed_day``)",
          "Glass Harbor season 2 premieres on the last day of July.",
          lambda c: c.date_mention is not None
          and datemod.is_placed_day(c.date_mention.text)),
    _step("date_fallback", "date.year_owning_no_event", TRIGGER_KINDS, "round 33: 'last "
          "year's breakout', \"this year's hit\": a year that owns a noun naming no event or "
          "time describes the show, so it is not the time of the sentence's event (\"this "
          "year's premiere\", \"last year's upfronts\" still are); an event with no other time "
          "is dated as one with none",
          "Tovrel has cancelled last year's breakout Glass Harbor after two seasons.",
          lambda c: c.date is None and datemod.YEAR_OWNING_NO_EVENT_RE.search(c.text)),
    _step("date_fallback", "date.headline_year_of_decisions", DECISIONS, "round 39: a "
          "renewal or a cancellation told as just happened with no time, in an article whose "
          "headline frames its decisions of the kind in a year ('Every TV Show Cancelled in "
          "2026 So Far', 'The Shows Kestrel Has Axed This Year'): that year, not the "
          "publication month", "Every Kestrel Drama Cancelled in 2024 || Kestrel has cancelled "
          "Glass Harbor after two seasons.", _headline_decisions_year, _dated_as),
    _step("date_fallback", "date.publication_month", ("renewed", "cancelled",
                                                       "filming_started", "filming_wrapped"),
          "an event reported as just happened with no time takes the publication month",
          "Glass Harbor has been renewed for a second season.", _just_happened,
          _publication_month),
    _step("date_fallback", "date.reported_now", DECISIONS, "round 40: a renewal or a "
          "cancellation with no time whose next clause reports it in the present perfect "
          "('…, Kestrel has confirmed'): news now, the publication month, whatever the "
          "headline names", "Glass Harbor saved: series 3 back on || Glass Harbor will return "
          "for a third series after all, Kestrel has confirmed.", _reported_now,
          _publication_month),
    _step("date_fallback", "date.already_this_year", DECISIONS, "a tally of three shows or more "
          "told as already lost ('we've already lost A, B and C') with no time is this "
          "year's, month unknown",
          "We have already lost Glass Harbor, Salt Road and Tin Roof.", _already_this_year,
          _publication_year),
    _step("date_fallback", "date.premiere_just_happened", "premiere", "a premiere told as "
          "just happened with no time ('has finally landed', 'has bowed', 'has kicked off' "
          "but not a shoot, 'has made its debut', 'has started airing': the perfect of the "
          "premiere verbs, round 40) takes the publication month",
          "Glass Harbor season 2 has finally landed on Netflix.", _premiere_just_happened,
          _publication_month),
    _step("date_fallback", "certainty.at_the_earliest", TRIGGER_KINDS, "'at the earliest', "
          "'as soon as' after the trigger makes its date a guess",
          "Glass Harbor returns in 2026 at the earliest.", _at_the_earliest,
          _certainty_is("speculative")),
    # --- kinds ---------------------------------------------------------------------------------
    _step("kind", "kind.renewal_undone_is_cancellation", "renewed", "a renewal noun undone "
          "by its verb ('cancelled the third-season order of X', 'X's season 3 renewal has "
          "been scrapped', 'the renewal of X was called off', 'pulled its season 3 order'): "
          "the show's cancellation, told now (unless a cancellation word of the sentence gives "
          "it); the renewal it undoes stays, as the show's past, with no date",
          "Netflix has cancelled the third-season order of Glass Harbor.",
          _renewal_undone, _undone_to_cancellation),
    _step("kind", "kind.cancellation_undone_is_renewal", "cancelled", "a cancellation noun "
          "taken back by its verb ('reversed its cancellation of X', 'walked back the axing "
          "of X', 'X's cancellation has been overturned'): the show's renewal, told now "
          "(unless a renewal word of the sentence gives it); the cancellation it takes back "
          "stays, as the show's past, with no date (round 23)",
          "Tovrel has reversed its cancellation of Glass Harbor.",
          _cancellation_undone, _undone_to_renewal),
    _step("kind", "drop.return_told_by_its_premiere", "renewed", "'will be back with its "
          "Season 2 premiere on Aug. 24': a return the sentence dates by its premiere is that "
          "premiere, not a renewal", "Glass Harbor will be back with the Season 3 premiere on "
          "Sept. 12.", _return_told_by_premiere, _drop),
    _step("kind", "kind.return_with_date_is_premiere", "renewed", "'returns for a season' "
          "with a date dates a premiere", "Glass Harbor returns for season 3 on June 5.",
          lambda c: c.date and not c.inferred and not _announced(c)
          and RETURN_FAMILY_RE.search(_trigger_text(c)), _return_to_premiere),
    _step("kind", "kind.status_line_return_is_renewal", "premiere", "'Title: likely to "
          "return' in a tracker is a renewal", "Glass Harbor: undecided, likely to return.",
          lambda c: c.date is None and RETURN_FAMILY_RE.search(_trigger_text(c))
          and STATUS_LINE_START_RE.match(c.text),
          lambda c, found: replace(c, kind="renewed")),
    _step("kind", "drop.old_plan_passed", _EXTRA_KINDS, "a plan the article reports as made "
          "in the past ('plans were revealed for X to air its premiere in January', 'X had "
          "planned to start filming in May') for a time already gone when it was published: "
          "the text does not say the plan held, so it is no fact of that date",
          "Back in 2021, plans were announced for Glass Harbor to air its third season in "
          "January 2023.",
          lambda c: _past_date(c) and c.date != c.ctx.article.published.isoformat()[:7]
          and PLAN_REPORTED_RE.search(
              c.text[max(0, c.trigger.start - 150):c.trigger.end]), _drop),
    _step("kind", "date.restart_after_halt", "filming_started", "a shoot resumed or "
          "restarted after a halt the text states (a strike, a pandemic shutdown, a pause): "
          "the shoot began before the halt, at a time this does not give — the season's "
          "start, confirmed, with no date (the labelling guide's 'a resumption is not a new "
          "start')", "Filming on Glass Harbor season 2 resumed in June after a strike.",
          lambda c: _restart_after_halt(c) and _resumed(c), _undated_earlier_start),
    _step("kind", "drop.undated_premiere", "premiere", "a premiere with no time and no named "
          "show says nothing a user can act on", "It premieres on the streamer.",
          lambda c: c.date is None and (c.view.is_title and not _headline_gives_date(c)
                                        or not c.view.mentions), _drop),
    _step("kind", "kind.planned_shoot_is_renewal", "filming_started", "a headline's undated "
          "planned shoot says the season exists",
          "Glass Harbor to film season 2 || The cast is back.",
          lambda c: c.date is None and c.certainty == "expected" and c.view.is_title
          and not PAST_AUX_RE.search(_clause_text(c)),
          lambda c, found: replace(c, kind="renewed", certainty="confirmed")),
    _step("kind", "episode.count_changed", "episode_count", "an order cut or extended 'to N', "
          "or 'bringing the total to N': the season's count is N",
          "NBC gave Glass Harbor four more episodes, taking the total to 14.",
          lambda c: COUNT_TOTAL_RE.match(c.text[c.trigger.end:c.trigger.end + 80])
          or COUNT_CHANGED_RE.match(c.text[c.trigger.end:c.trigger.end + 60]),
          lambda c, m: replace(c, value=_count(m.group("num").lower()))),
    _step("kind", "episode.count_parts_of", "episode_count", "a count right after the parts "
          "it is one of ('split into two parts of four episodes', 'in two batches of five "
          "episodes'): the season's count is their product (round 19)", "Glass Harbor's "
          "second season will be split into two parts of four episodes.",
          lambda c: COUNT_PARTS_OF_RE.search(c.text[max(0, c.trigger.start - 40):
                                                    c.trigger.start]),
          lambda c, m: replace(c, value=(_count(m.group("parts").lower()) or 1)
                               * (c.value or 0) or None)),
    _step("kind", "episode.count_from_to", "episode_count", "'cut from 10 episodes to "
          "eight': the count after 'from' is the order left behind, the season's is the one "
          "after 'to'", "Kestrel Play has cut Glass Harbor's second season from 10 episodes "
          "to eight.",
          lambda c: COUNT_FROM_BEFORE_RE.search(c.text[max(0, c.trigger.start - 12):
                                                       c.trigger.start])
          and COUNT_FROM_TO_RE.match(c.text[c.trigger.end:c.trigger.end + 30]),
          lambda c, m: replace(c, value=_count(m.group("num").lower()))),
    _step("kind", "trigger.headline_premiere_date_given", "premiere", "a headline that tells "
          "a named show's premiere date was given ('Salt Road season 2 premiere date "
          "revealed', 'Kestrel sets premiere date for Salt Road', 'Salt Road is coming back: "
          "here's when') keeps its undated premiere for the body to date "
          "(date.headline_date_in_body), not dropped as undated (drop.undated_premiere); a "
          "date delayed, missing or rumoured does not (round 23)",
          "Salt Road season 2 premiere date revealed || The new season arrives March 4.",
          lambda c: c.date is None and _headline_gives_date(c)),
    # --- targets -------------------------------------------------------------------------------
    _step("targets", "target.slate_named_after", ("renewed", "cancelled", "premiere"), "a "
          "decision told of a count of an owner's shows before the article names them ('two "
          "of its dramas', 'both their comedies', and the 'third' a count leaves) goes to "
          "the shows the next three sentences name first, new to the article, that tell no "
          "contrary status ('will not be back' for a renewal); none when fewer are named "
          "than counted (round 38)",
          "Kestrel has renewed two of its dramas and cancelled a third. Salt Road will return "
          "for a third season, as will Lantern House. Copper Vale, though, has been axed.",
          _slate_named_after, lambda c, found: replace(c, targets=found)),
    _step("targets", "drop.slate_unresolved", ("renewed", "cancelled", "premiere"), "a "
          "decision told of a count of an owner's shows, some of them named in the next "
          "three sentences where a slate names them, that ``target.slate_named_after`` "
          "cannot resolve (fewer named than counted, or a contrary status told of one): it "
          "speaks of several shows, never of the main show by default (round 38)",
          "Kestrel has axed three of its comedies. Salt Road drew fewer than a million "
          "viewers.", _slate_unresolved, _drop),
    _step("targets", "target.headline_description", ALL_KINDS, "a headline's decision on a "
          "show it describes in Title Case without naming it ('Kestrel Renews Fishing "
          "Drama', its only name that description, which the body never writes as a name) "
          "goes to the one show the body calls by the description's genre (round 36)",
          "Kestrel Renews Fishing Drama For Season 3 || The Kestrel drama Salt Road follows "
          "three sisters in a fishing town.", _headline_description, _to_described_show),
    _step("targets", "target.reference_past_passing", ALL_KINDS, "a reference ('it', 'the "
          "series', 'the drama') in a sentence naming no show, after a sentence that opened on "
          "a reference to a show and named others only in passing ('It was created by the team "
          "behind Lantern House'), still speaks of that show, not of the names in passing "
          "(``facts.reference_past_passing``; round 41)", "The Kestrel drama Salt Road "
          "follows three sisters. It was created by the team behind Lantern House. The drama "
          "has been renewed for a second season.", _reference_past_passing, _target_show),
    _step("targets", "target.decider_before_reference", ALL_KINDS, "'Kestrel Play renewed it "
          "for a second season': a name before an active decision verb whose object is a "
          "reference is whoever decided; the fact goes to the show referred to (named earlier "
          "in the sentence, else the previous sentence's only show besides the decider — 'The "
          "Kestrel drama Salt Road ... Kestrel has renewed it' is Salt Road's, round 35 — the "
          "paragraph's subject, "
          "the main show; a show named in a credit beside another, 'from the X team', is "
          "passed over)", "NBC's Salt Road drew strong ratings. Kestrel Play renewed it for "
          "a second season on Friday.", _referred_past_decider, _target_show),
    _step("targets", "target.referred_object_before_passing", ALL_KINDS, "'Kestrel has "
          "cancelled the drama after two seasons, a week after renewing Lantern House': an "
          "active decision verb whose object is a reference, every show of the sentence named "
          "after it and set off by a comma, a dash or a parenthesis, is about the show referred "
          "to (the previous sentence's only show, the paragraph's subject, the main show), "
          "never a name in passing (round 40)", "The Kestrel drama Salt Road follows three "
          "sisters. Kestrel has cancelled the drama, a week after renewing Copper Vale.",
          _referred_before_passing, _target_show),
    _step("targets", "target.reference_subject", ALL_KINDS, "'It will premiere on June 4, "
          "two weeks after Tin Roof': a sentence opening on a reference whose trigger comes "
          "before every show it names (none the verb's object, none sharing the event) is "
          "about the show referred to (the previous sentence's only show, the paragraph's "
          "subject, the main show)", "NBC's Salt Road drew strong ratings. It will return on "
          "June 4, two weeks after 'Tin Roof.'", _reference_subject, _target_show),
    _step("targets", "target.decision_noun_subject", ALL_KINDS, "'The renewal comes after "
          "Lantern House was cancelled': a sentence opening on its decision told as a noun, "
          "no show named before it nor owning it ('the renewal of X'), every show it names "
          "after it in passing, is about the show referred to (the previous sentence's only "
          "show, the paragraph's subject, the main show; round 41)", "The Kestrel drama Salt "
          "Road follows three sisters. The renewal comes after Lantern House was cancelled in "
          "March.", _decision_noun_subject, _target_show),
    _step("targets", "target.season_subject", ALL_KINDS, "'The third season premieres June "
          "12, while Tin Roof returns in the fall': a sentence opening on a season with no "
          "show named, whose trigger comes before every show it names (none the verb's object, "
          "none sharing the event, none owning the season) is about the show referred to (the "
          "previous sentence's only show, the paragraph's subject, the main show)",
          "NBC renewed Salt Road in March. The third season premieres June 4, a week after "
          "'Tin Roof' ends its run.", _season_subject, _target_show),
    _step("targets", "target.passing_phrase_only", DECISIONS + ("premiere",), "'Kestrel has "
          "ordered a second season, following the success of Lantern House's debut': a "
          "decision or premiere whose sentence names shows only after its trigger, each "
          "closing a phrase of time, comparison or origin ('after', 'following', 'since', "
          "'than', 'like', 'outpaced', 'from the makers of'), none the verb's object, is about "
          "the show the discourse is about (a title heading's, the previous sentence's only "
          "other show, the paragraph's subject, the main show), never the name in passing "
          "(round 41)", "The Kestrel drama Salt Road follows three sisters. Kestrel has "
          "ordered a second season, following the success of Lantern House's debut.",
          _passing_phrase_only, _target_show),
    _step("targets", "target.list_reference", ALL_KINDS, "a quantified reference ('all "
          "three', 'both', 'all of them') opening the clause after a colon, a semicolon or a "
          "dash is its list: the fact goes to every item of the list right before the mark, "
          "when the count is the list's", "Fans of Marrowby, Quillon and Tessendale can "
          "rejoice: all three have been renewed.", _list_in_sentence, _targets_of_mentions),
    _step("targets", "target.relative_antecedent", ALL_KINDS, "a trigger inside a relative "
          "clause (', which was cancelled in March') is the event of the name the clause hangs "
          "on, however near another name stands; a plural relative is the whole list's",
          "Glass Harbor takes the Sunday slot of Tin Roof, which was cancelled in March.",
          _relative_antecedent, _targets_of_mentions),
    _step("targets", "drop.relative_of_unfound", ALL_KINDS, "a trigger inside a relative "
          "clause with no object of its own that hangs on a name no show of the article "
          "holds ('unlike Copper Vale, which Kestrel cancelled', 'after Copper Vale, which "
          "premiered in May') is that name's event: no show named nearer or earlier takes "
          "it (round 19)", "Glass Harbor has been renewed, unlike Copper Vale, which Kestrel "
          "cancelled.", lambda c: c.view.relative_of_unfound(c.trigger), _drop),
    _step("targets", "target.coordinated_subject", ALL_KINDS, "a second predicate joined by "
          "'and' with no subject of its own ('X joins Y on the schedule and premieres June "
          "4') is the clause's opening subject's, not the nearer name's (the first verb's "
          "object)",
          "\u201cGlass Harbor\u201d joins \u201cTin Roof\u201d on the summer schedule and "
          "premieres June 4.",
          _coordinated_subject, _targets_of_mentions),
    _step("targets", "target.summary_clause_items", "cancelled", "a cancellation told over a "
          "count of shows, then a dash or a colon and items that are clauses, each a name and "
          "its own note of the run ended, the verb left out ('Three dramas bit the dust – A "
          "made it four seasons, B made it two and C only got one'): every such item is the "
          "decision's, its season the note's count; a clause telling its own fate ('A "
          "finished as planned') is none (round 33)",
          "Three dramas bit the dust – Copper Vale made it four seasons, Nightjar made it two "
          "and Tessendale only got one.", _summary_clause_items, _targets_with_own_seasons),
    _step("targets", "target.gapped_noted_remnants", ("renewed", "cancelled", "premiere"),
          "a decision told for a title with a season note, then again for other titles by "
          "their notes alone, the verb left out ('X has been renewed for a third season, and "
          "Y for a second', 'has given X a third season and Y a second', 'cancelled X after "
          "three seasons and Y after two', \"and Tom Reyes' Y for a second\"): every title "
          "is the decision's, each with its own note's season, not the first alone (round 25)",
          "\"Copper Vale\" has been renewed for a third season, and \"Nightjar\" for a "
          "second.", _gapped_noted_remnants, _targets_with_own_seasons),
    _step("targets", "target.subject_past_aside", ALL_KINDS, "a trigger after an aside that "
          "hangs on a name and closes before the verb (', which follows Y on Kestrel,', ', "
          "whose pilot beat Y,', ', a rival to Y,') is the event of that name, the verb's "
          "subject, not of the nearer name inside the aside (round 18)",
          "Glass Harbor is a crime drama. Tin Roof is a comedy. Glass Harbor, which follows "
          "Tin Roof on Kestrel, returns in June.", _subject_past_aside, _targets_of_mentions),
    _step("targets", "target.subject_past_own_aside", ALL_KINDS, "a verb after the aside "
          "its subject carries (a parenthesis, a relative clause or an appositive between "
          "commas, paired dashes: 'Kestrel's \"X\" (season 3) returns Sept. 4', 'X, the "
          "mining drama, has been renewed') is that subject's, with the list it closes, not a "
          "nearer name after the verb that the verb does not act on ('..., a week after Y "
          "ended', 'followed by Y', 'while Y'); not a name a verb or a preposition governs, "
          "nor an active decision's object after the verb (round 24)",
          "Kestrel's \"Copper Vale\" (season 3) returns on Sept. 4, followed by "
          "\"Nightjar\" on Sept. 11.", _subject_past_own_aside, _targets_of_mentions),
    _step("targets", "target.return_subject", ("renewed", "premiere"), "a return told with "
          "where it goes ('X returns to Kestrel for a third season', a premiere's 'X season "
          "2 returns to Kestrel in July', round 34) is its subject's, the show named before "
          "the verb, not the name after 'to' (round 18)",
          "Glass Harbor returns to Kestrel Play for a third season in 2031.",
          _return_subject, _targets_of_mentions),
    _step("targets", "target.season_of_named", ALL_KINDS, "the show a season after the "
          "trigger's own phrase belongs to ('renewed Jane Doe for a second season of X', "
          "'has wrapped filming on season 2 of X'), not a nearer name (round 18)",
          "Kestrel has renewed Jane Doe for a second season of Glass Harbor.",
          _season_of_named, _targets_of_mentions),
    _step("targets", "target.before_gapped_count", "episode_count", "a count phrase "
          "followed by another show's gapped count goes to the name before it, not the "
          "nearer one after", "Kestrel One renewed Glass Harbor and Tin Roof. Glass Harbor's "
          "new season will run 22 episodes and Tin Roof's 13.", _before_gapped_count,
          _targets_of_mentions),
    _step("targets", "target.plural_object_reference", ALL_KINDS, "a decision whose object "
          "is a plural reference ('has renewed all three', 'cancelled both shows', 'axed them "
          "all'), no show named after it, goes to every show of the previous sentence when "
          "they are as many as it counts (round 20)", "Salt Road and Quillmarsh drew weak "
          "ratings. Tovrel has cancelled both.", _plural_object, _every_previous_show),
    _step("targets", "target.season_noted_items", ("renewed", "premiere"), "a list after "
          "the trigger whose items each carry their own season note ('renewed A for a third "
          "season, B for a second and C for a fifth', '\"A\", the mining drama, for a third "
          "season; \"B\", for a second; and \"C\", for a fifth') is governed past the "
          "notes: every item is a target, with the season its note gives (round 24)",
          "Kestrel renewed \"Copper Vale\" for a third season, \"Nightjar\" for a second and "
          "\"Salt Road\" for a fifth.", _season_noted_items, _targets_with_own_seasons),
    _step("targets", "target.gapped_dated_items", "premiere", "a dated premiere followed "
          "by names that each stand with their own date and no verb ('X returns on June 4 and "
          "Y on June 11', 'X premieres June 4, Y June 11 and Z June 18') is every one's: the "
          "verb is left out, each item takes its own date (date.list_item_own_date; round 24)",
          "\"Copper Vale\" returns on June 4 and \"Nightjar\" on June 11.",
          _gapped_dated_items, _targets_of_mentions),
    # (round 37, r37false: before every reading that gives the fact a named show)
    _step("targets", "drop.unnamed_other_show", ALL_KINDS, "the trigger's subject or object "
          "is a show the sentence describes without naming it, as another's ('Glass Harbor "
          "star Ann Lee's new comedy', 'whose Tovrel series') or as another one ('its other "
          "drama'), in a sentence naming a show (one naming none is "
          "drop.other_show_referred's): the fact is that show's, not the named one's, and no "
          "title holds it (round 37); round 38: the subject's own unnamed show as the object "
          "where every named show stands in an aside of the subject ('Tovrel, the home of "
          "Glass Harbor, has cancelled its medical drama')",
          "Glass Harbor returns in March. Glass Harbor star Dana Holt's new comedy has been "
          "cancelled by Tovrel.", _unnamed_other_show, _drop),
    # (round 39, r39cancel: before ``target.nearest_mention``, whose choice they correct)
    _step("targets", "target.apposed_object", ("renewed", "cancelled"), "an active "
          "decision whose object describes a show (an owner or an article, up to four words, "
          "a kind of show: 'its other drama', 'its Thursday comedy', 'another of its dramas', "
          "'the network's longest-running drama') and names it in apposition right after goes "
          "to that name, not to a show named before the verb (round 39)",
          "Kestrel renewed Salt Road but cancelled its other drama, Copper Vale.",
          _apposed_object, _targets_of_mentions),
    _step("targets", "target.plural_object_list", ("renewed", "cancelled"), "an active "
          "decision whose object is a plural of shows with no count ('all of its Thursday "
          "comedies', 'its remaining dramas') followed by a colon, a dash or 'including' and "
          "a list of shows goes to every show of the list (round 39)",
          "Kestrel has renewed all of its Thursday comedies: Salt Road, Copper Vale and "
          "Lantern House.", _plural_object_list, _targets_of_mentions),
    # (round 24, s24renewed: before ``target.nearest_mention``, whose choice it corrects)
    _step("targets", "target.owner_before_kind_of_show", ALL_KINDS, "a name standing as the "
          "owner of a kind of show is not the fact's show: 'a second series of Dana Holt's "
          "comedy X' goes to X, the title right after the kind of show; 'X, Dana Holt's "
          "drama,' to X alone (``_owned_mentions``, ``OWNER_BEFORE_KIND_RE``)",
          "Tovrel has renewed Glass Harbor, Tobin Reyes' comedy.",
          _owned_mentions, _targets_of_owned, needs=OWNER_NEEDS),
    # (round 37, r37premieres: before ``target.nearest_mention``, whose choice it corrects)
    _step("targets", "target.show_over_place_before_debut", "premiere", "a premiere whose "
          "nearest names all stand between 'its' / 'their' and the premiere noun ('makes its "
          "Tovrel debut', 'gets its UK premiere') goes to the nearest other name of the "
          "trigger's clause, else to the nearest named before it: that name is the "
          "premiere's place, not its show (round 37)",
          "The Kestrel drama Glass Harbor makes its Tovrel debut on July 14.",
          _show_over_place_before_debut, _targets_of_mentions),
    # (round 25, r25cancel: before ``target.nearest_mention``, whose choice it corrects)
    _step("targets", "target.decider_of_report", ("renewed", "cancelled"), "a decision whose "
          "only nearby names decide it, told in a quotation or a report — the subject of its "
          "active verb acting on 'us', 'our show', 'the series' or an unowned season, its agent "
          "or giver ('a renewal from Kestrel', 'confirmed by Kestrel'), the source of "
          "'according to Kestrel' — goes to the sentence's other show, else to the show the "
          "narration speaks of, never the decider (round 35: 'Kestrel has given the series a "
          "third season', 'has decided against a second season of the drama'): a network no "
          "list knows is not the show (``_decider_of_report``)",
          "Copper Vale, the mining drama, ran for two seasons. \"Sadly, Kestrel has cancelled "
          "us,\" its creator Dana Holt wrote.", _decider_of_report, _target_show),
    # (round 40, r40target: before ``target.nearest_mention``, whose choice it corrects)
    _step("targets", "target.reported_clause_subject", ("renewed", "cancelled", "premiere"),
          "a decision told in a reported clause that names its show before the trigger "
          "('Dana Holt, the star of Lantern House, confirmed that Salt Road has been "
          "renewed'): the reporter and every name of the reporter's aside, before the report's "
          "verb (``REPORTED_CLAUSE_OPEN_RE``), are not the decision's show; the clause's names "
          "the trigger governs are, else the clause's name nearest the trigger (round 40)",
          "Kestrel, the home of Lantern House, confirmed that Copper Vale has been renewed.",
          _reported_clause_subject, _targets_of_mentions),
    _step("targets", "target.nearest_mention", ALL_KINDS, "the fact goes to the nearest show "
          "named in the clause, and to every show of a list it governs",
          "ABC renewed Glass Harbor, Tin Roof and Salt Road.",
          _governed_mentions, _targets_of_mentions),
    _step("targets", "target.plural_reference", ALL_KINDS, "'both shows' go to every show of "
          "the previous sentence", "ABC renewed Glass Harbor and Salt Road. Both shows return "
          "in 2025.", _plural_reference, _every_previous_show),
    _step("targets", "target.list_reference_previous", ALL_KINDS, "a sentence opening on a "
          "quantified reference ('All three were renewed', 'Both will premiere on June 4') "
          "and naming no show before its verb is about the shows the previous sentence named, "
          "when the count is theirs", "Kestrel had a busy week with Marrowby, Quillon and "
          "Tessendale. All three were renewed on Tuesday.", _list_in_previous,
          _every_previous_show),
    _step("targets", "drop.unfound_title", ALL_KINDS, "the trigger's subject or object is a "
          "title-like name that is no show the article holds: the fact is about that show, "
          "never a fallback to another one", "Night Ferry returns for season 4 in June. The new "
          "film Glass Harbor wrapped filming on Friday.",
          lambda c: c.index is not None and not c.view.mentions and c.view.unfound(c.trigger),
          _drop),
    _step("targets", "target.section_heading", ALL_KINDS, "a sentence under a section heading "
          "is about the heading's show", "#2 Glass Harbor (ABC)\nThe drama returns in June.",
          lambda c: c.view.topic_show, _target_show),
    _step("targets", "drop.reference_of_no_named_genre", ALL_KINDS, "a sentence naming no "
          "show refers to one by a genre ('the drama') no show named before is called by, "
          "and every show a reference could go to is called by another ('Kestrel's comedy "
          "Lisbon'): none of them is the one it speaks of (round 36)", "The Kestrel comedy "
          "Havana is set in a bakery. Kestrel's comedy Lisbon is set in a barber's shop. The "
          "drama has been renewed for a third season.", _reference_of_no_named_genre, _drop),
    _step("targets", "target.reference_by_genre", ALL_KINDS, "a reference by genre ('the "
          "drama', 'this sitcom') in a sentence naming no show, after a sentence that named "
          "only shows the article calls by another genre ('Kestrel's comedy Lisbon'), goes to "
          "the one show named before that the article calls by that genre, else to none; "
          "every reference reading passes over a show of another genre (round 36)",
          "The Kestrel drama Salt Road follows three sisters. Kestrel's comedy Lisbon is set "
          "in a bakery. The drama has been renewed for a third season.",
          _genre_reference_over_previous, _target_show),
    _step("targets", "target.reference", ALL_KINDS, "'the series', 'it' at the start go to "
          "the previous sentence's show", "Glass Harbor season 2 drew record ratings. The "
          "series will return in 2025.", _single_reference, _target_show),
    _step("targets", "target.elided_subject", ALL_KINDS, "a sentence that opens on its verb "
          "('Will return in summer.') goes on about the previous sentence's only show",
          "NBC \u201cGlass Harbor\u201d, June 3, 2030. Season 2. Will return in summer 2031.",
          _elided_subject, _target_show),
    _step("targets", "target.described_reference", ALL_KINDS, "'the series', 'the legal "
          "drama' anywhere in the trigger's clause go to the previous sentence's only show",
          "NBC's Glass Harbor drew small audiences. NBC said on Friday that the legal drama "
          "has been cancelled.", _described_reference, _target_show),
    _step("targets", "target.introduced_next", ALL_KINDS, "a sentence that brings in a show "
          "by its kind without naming it ('a new drama', and an owner's: a person's or a "
          "known network's 'new drama', 'the network's new comedy', round 25; a network no "
          "list knows reads as a title) is about the show the next sentence opens with — "
          "not when that show is told as returning or earlier, nor 'the network's' after a "
          "sentence naming a show (it points back)",
          "ITV has commissioned a new four-part drama from Jane Doe. Glass Harbor "
          "follows three sisters.",
          lambda c: not c.view.mentions and c.view.following and INTRODUCED_RE.search(
              _clause_text(c)) and c.view.following[0],
          lambda c, found: replace(c, targets=(found,))),
    _step("targets", "target.reference_named_after", ALL_KINDS, "a status told of a "
          "reference ('its fishing drama', 'the series', 'it') in a sentence before the "
          "article names any show, the headline naming none either, goes to the one show the "
          "next sentence opens on ('Salt Road, created by ..., follows ...'), when it is the "
          "article's main show or no other is, and the article calls it by no other genre "
          "than the reference's; none when the next sentence opens on a list (round 37)",
          "Kestrel has renewed its fishing drama for a third season. Salt Road, created by "
          "Ann Leary, follows three sisters.", _named_after, _target_show),
    _step("targets", "drop.reference_named_after_other", ALL_KINDS, "a status told of a "
          "reference before the article names any show, when the next sentence names one "
          "show inside it with a status of its own ('It also cancelled \"Lantern House\"'): "
          "that is another show, not the reference's; none (never the main show by default; "
          "round 37)", "Kestrel has renewed its fishing drama for a third season. It also "
          "cancelled \"Lantern House\" after one season.",
          _named_after_other, _drop),
    _step("targets", "drop.paragraph_of_unfound_title", ALL_KINDS, "a sentence that names "
          "no show, in a paragraph about a title-like name the article's titles do not hold "
          "('Salt Road, another NBC drama, returns in June. It will have ten episodes.'), is "
          "that show's: never the main show's",
          "Glass Harbor returns in June. || Glass Harbor returns for season 2 in June. Salt "
          "Road, another NBC drama, returns for season 3 in the fall. It will have ten episodes.",
          _in_unfound_paragraph, _drop),
    _step("targets", "drop.headline_for_another", ALL_KINDS, "a headline in sentence case "
          "whose trigger is for a capitalised name that is no show the article holds "
          "('Kestrel sets September 12 return for Lisbon'): that show's news, not the "
          "article's main show's (round 39, r39dates)",
          "Kestrel sets September 12 return for Lisbon || Copper Vale returns for season 2.",
          _headline_for_unnamed, _drop),
    _step("targets", "target.main_show", ALL_KINDS, "a sentence that names no show is about "
          "the article's main show", "Glass Harbor season 2 ... Filming wrapped on Friday.",
          lambda c: c.ctx.main_show, _target_show),
    _step("targets", "target.listing_topic", ALL_KINDS, "a paragraph under a listing line is "
          "about its show", "Salt Road: NBC, June 3\nGlass Harbor: NBC, June 20\nThe drama "
          "returns for season 2.",
          lambda c: c.ctx.topic, _target_show),
    _step("targets", "target.last_named", ALL_KINDS, "with no main show, 'the series', 'it' "
          "or an opening season number go to the show the last sentences named on its own",
          "Fox renews Tin Roof, Salt Road and Glass Lake, cancels Glass Harbor || Fox has renewed "
          "Tin Roof, Salt Road and Glass Lake. It has opted not to renew Glass Harbor for a "
          "season 4. Season 3 debuted on Friday, March 4.",
          _last_named, _target_show),
    _step("targets", "target.running_subject", ALL_KINDS, "with no main show, a sentence "
          "opening on 'Season 3', 'The series' or 'It' goes to the show last named on its own "
          "when no sentence since has named any show, however many sentences of history or "
          "quotes stand between (up to twelve)",
          "Fox renews Tin Roof, Salt Road and Glass Lake, cancels Glass Harbor || Fox has "
          "renewed Tin Roof, Salt Road and Glass Lake. The network has opted not to renew Glass "
          "Harbor for a season 4. The network thanked the producers. \u201cWe are proud of "
          "what we made,\u201d a spokesperson said. The producers hope to find a new home. "
          "Ratings fell all year. Season 3 debuted on Friday, March 4.",
          _running_subject, _target_show),
    _step("targets", "target.numbered_season_subject", ALL_KINDS, "with no main show, a "
          "sentence naming no show that numbers a season in the trigger's clause goes to "
          "the show last named on its own when no sentence since has named any show",
          "Fox cancels Glass Harbor, renews Tin Roof and Salt Road || Fox has cancelled Glass "
          "Harbor. Ratings fell all year. The network had ordered ten episodes each for "
          "seasons 2 and 3.", _numbered_season_subject, _target_show),
    _step("targets", "target.list_that_follows", ALL_KINDS, "'Three other series won't come "
          "back. They are A, B and C.': the shows the next sentence lists",
          "NBC cancelled Glass Harbor on Friday. Two other NBC series were told they wouldn't "
          "come back for second seasons. Those are \"Salt Road,\" a comedy, and \"Tin "
          "Roof,\" a drama.",
          lambda c: COUNTED_SHOWS_RE.search(c.text) and list(c.view.following),
          lambda c, found: replace(c, targets=tuple(found))),
    _step("targets", "target.running_production_subject", "premiere", "with no main show, "
          "a premiere whose sentence opens on the show told as its makers' production ('The "
          "Northlight Studios and Bramble Television production premiered in 2020') goes to "
          "the show last named on its own, as ``target.running_subject`` (round 21)",
          "Fox cancels Glass Harbor, renews Tin Roof and Salt Road || Fox has opted not to "
          "renew Glass Harbor. The cast thanked fans. The Northlight Studios and Bramble "
          "Television production premiered in 2020.", _running_production_subject,
          _target_show),
    _step("targets", "drop.no_show", ALL_KINDS, "no show named or referred to: nothing to "
          "attach to", "The network renewed three comedies on Monday.", lambda c: True, _drop),
    # --- each target -----------------------------------------------------------------------
    _step("per_target", "kind.series_order_is_first_season", "renewed", "an order for a new "
          "series plans its first season (round 36: 'commissioned' orders, 'recommissioned' "
          "renews; not 'ordered a second season of new drama X', that show's renewal)",
          "NBC has green-lit the new drama Glass Harbor.",
          _series_order, _first_season_planned),
    _step("per_target", "drop.other_medium", TRIGGER_KINDS, "the name stands for another "
          "kind of work that bears it — a film, a special, a podcast, a game, a stage show, "
          "a book, a tour ('the X movie', 'the stage adaptation of X'): no TV season's fact",
          "Glass Harbor season 2 premieres in June, and the Glass Harbor Christmas special "
          "premieres on December 24.", _other_work, _drop),
    _step("per_target", "drop.foreign_version", TRIGGER_KINDS, "the name is the original "
          "of a remake made in another country or language that the sentence tells of "
          "('its American remake of X', 'a Korean adaptation of X', 'the US reboot of X'; the "
          "word before the noun a demonym of the title vetoes): that remake is another show, "
          "unnamed, and its fact is not X's; not 'the American version of X', a format's "
          "regional edition the devset names by the format; a headline's 'Remake Axed' is not "
          "the main show's (round 39)",
          "Tovrel has cancelled its American remake of Copper Vale after one season.",
          _foreign_version, _drop, needs=REMAKE_NEEDS),
    _step("per_target", "drop.farewell_to_another", DECISIONS, "a farewell idiom whose "
          "object, the name right after 'to', is not the fact's show ('said goodbye to Emily "
          "Clarke after three seasons on Salt Road': a person's farewell) (round 33)",
          "Kestrel said goodbye to Emily Clarke after three seasons on the drama Lantern "
          "House.", _farewell_to_another, _drop),
    _step("per_target", "drop.decision_on_another_thing", DECISIONS, "the decision's "
          "object, in lower-case words right after its verb, is a thing of its own followed "
          "by a preposition ('plans for', 'spin-offs of', 'a film of', 'the rights to') and "
          "the show is named only after it in the clause: the plans or the spin-offs are "
          "decided, not the show; a season, a run, a kind of show, a count of them or an "
          "idiom's noun ('fresh runs of', 'two of', 'the green light to') lead on to the show; "
          "the last noun before the show decides ('scrapped plans for a second season of X' "
          "stays X's) (round 31)",
          "Kestrel cancelled plans for spin-offs of the dramas Salt Road and Copper Vale.",
          _decision_on_another_thing, _drop),
    _step("per_target", "drop.medium_subject", TRIGGER_KINDS, "another medium is the "
          "trigger's subject and no show is named ('the companion podcast premieres', 'the "
          "aftershow returns'): the podcast's or the book's news, not the show's",
          "Glass Harbor was renewed. The official companion podcast premieres on June 14.",
          lambda c: _target_mention(c) is None and MEDIUM_SUBJECT_RE.search(
              c.text[max(_clause_start_past_aside(c), c.trigger.start - 60):
                     c.trigger.start]), _drop),
    _step("per_target", "drop.other_show_referred", TRIGGER_KINDS, "a show told apart from "
          "the one the article is about is the trigger's subject, or a decision's object, and "
          "no name of the sentence owns the event ('another NBC drama was cancelled', 'her "
          "previous show', 'Fox's rival comedy', 'the show's spinoff', also across an "
          "apposition: 'her other show, a comedy on Hulu, was cancelled'): an unnamed other "
          "show's news, never the main show's or the show referred to",
          "NBC renewed Glass Harbor. Another NBC drama was cancelled on Friday.",
          _other_show_referred, _drop),
    _step("per_target", "target.subject_over_once_named", ALL_KINDS, "a sentence that "
          "tells two kinds of event or more and whose every name the article says once (not "
          "in its headline, not its main show) and holds in passing — in a clause of its own, "
          "after a preposition, as a credit: the events are the main show's, not a passing "
          "name's", "Lantern Bay renewed for season 3 || Kestrel Play renewed Lantern "
          "Bay. Created by Ana Ruiz, who also made Copper Hollow, the series returns on June 4 "
          "with eight episodes.", _subject_over_once_named, _to_referred_show),
    _step("per_target", "target.referred_over_passing_name", ALL_KINDS, "a show named only "
          "in passing outside the trigger's clause — a comparison or credit ('Much like X, "
          "...', '..., like X before it'), or an adverbial clause with its own verb ('After X "
          "ended in 2023, ...') — while the trigger's clause names no show and speaks of one "
          "by reference ('the drama', 'it', 'season three'): the event is the referred show's "
          "(the previous sentence's only show, the paragraph's subject, the main show)",
          "Netflix renewed Glass Harbor. Much like Tin Roof, the drama will return in June "
          "with eight episodes.", _referred_over_passing_name, _to_referred_show),
    _step("per_target", "target.reference_over_passing_name", TRIGGER_KINDS, "a sentence "
          "whose subject is a show called by what it is ('The Spanish crime drama debuted in "
          "2017 as \"X\"', 'The spin-off show, set years before \"X\", has been scrapped') "
          "names another title only after a preposition: the event is the referred show's",
          "Glass Harbor season 2 is on the way. The crime drama debuted on ABC in 2019 as "
          "'Harbor Nights'.", _reference_over_passing_name, _to_referred_show),
    _step("per_target", "target.reference_subject_over_aside_name", ALL_KINDS, "a sentence "
          "opening on a show or a season called by what it is ('The comedy', 'The second "
          "season') whose aside names another title, governed there by a preposition, a "
          "relative clause or a participle ('inspired by X', 'which picks up after the events "
          "of X', 'a remake of the Tovrel drama X'), while the clause after the aside names "
          "no show: the status is the subject's, the referred show's (the previous sentence's "
          "only show, the paragraph's subject, the main show; round 24, r24names)",
          "The first season of Glass Harbor was a hit. The comedy, inspired by Copper Vale, "
          "has been cancelled after two seasons.",
          _reference_subject_over_aside_name, _to_referred_show),
    _step("per_target", "drop.named_in_passing", TRIGGER_KINDS, "a show named in a "
          "comparison, a recommendation or a credit outside the trigger's clause ('If you "
          "liked X, ...', 'Much like X, ...', 'from the team behind X'): the fact is another "
          "show's (one the sentence names takes it first: `patterns.named_as_credit`)",
          "Much like Glass Harbor, the new drama has been renewed for a second season.",
          _named_in_passing, _drop),
    _step("per_target", "target.spinoff_named", TRIGGER_KINDS, "'the X spinoff (Y)', 'the X "
          "spinoff, Y,', 'the X spinoff called Y': the fact is the named spinoff's",
          "Netflix renewed the Glass Harbor spinoff (Salt Road) for a second season.",
          _named_spinoff, _to_named_spinoff),
    _step("per_target", "drop.spinoff_is_another_show", TRIGGER_KINDS, "'the X spinoff' is "
          "another show than X", "Netflix renewed Glass Harbor for a second season. The Glass "
          "Harbor spinoff has also been green-lit.",
          lambda c: not c.ctx.topic and _is_spinoff(c), _drop),
    _step("per_target", "target.spinoff_under_listing", TRIGGER_KINDS, "'the X spinoff' "
          "under a listing line is the listed show",
          "Salt Road: NBC, June 3 / The Glass Harbor spinoff premieres in June.",
          lambda c: c.ctx.topic and _is_spinoff(c), _to_listing_topic),
    _step("per_target", "drop.final_part_of_season", "episode_count", "'the final six episodes "
          "of Season 4' end a season; they are its count only when the article numbers the "
          "show's last season", "The final six episodes of Glass Harbor season 4 air in May.",
          _final_part, _drop),
    # --- seasons -------------------------------------------------------------------------------
    _step("per_target", "date.list_item_own_date", "premiere", "an item of a list of "
          "premieres followed by its own date, before the next item ('\"A\" (June 4), "
          "\"B\" (June 11) and \"C\" (June 18)', 'A on June 4 and B on June 11') takes "
          "that date, not the first item's (round 24)",
          "Kestrel will premiere \"Copper Vale\" on June 4 and \"Nightjar\" on June 11.",
          _list_item_own_date, _dated),
    _step("season", "season.return_to_place", ("renewed", "premiere"), "the season right "
          "after a return told with where it goes ('returns to Kestrel for a third season'): "
          "the return's, not the place's (round 18)",
          "Glass Harbor returns to Kestrel Play for a third season.",
          _return_place_season, _seasons),
    _step("season", "season.first_season_words", "premiere", "'first premiered', 'its "
          "original debut' next to the trigger: season 1",
          "Glass Harbor first premiered in 2019.", _first_season_near, _seasons),
    _step("season", "season.relative_order", "renewed", "'the fourth season of X, which was "
          "ordered (alongside season 3) in June': the season the relative clause is about (and "
          "the one ordered with it)", "The fourth season of Glass Harbor, which was ordered "
          "alongside season 3 in June 2024, begins filming in November.",
          _relative_order_seasons, _seasons),
    _step("season", "season.inside_trigger", ALL_KINDS, "a season phrase inside the trigger "
          "('no second season' is the first's end)",
          "Glass Harbor cancelled || Netflix has confirmed there will be no second "
          "season for Glass Harbor.", _inside_trigger, _seasons),
    _step("season", "episode.season_brought_to_count", "episode_count", "'bringing its first "
          "season to 22': the season the order brought to the count",
          "ABC ordered nine more episodes of Glass Harbor, bringing its first season to 22.",
          _season_brought_to_count, _seasons),
    _step("season", "episode.season_before_count", "episode_count", "the season phrase "
          "right before a count ('while the second got a seven-episode order'), or the seasons "
          "a count is given 'each for'", "Glass Harbor's first season ran 12 episodes, while "
          "Season 2 had nine.", _season_before_count, _seasons),
    _step("season", "season.elliptic_renewal", "renewed", "'renewed for a second shortly "
          "after': the ordinal alone names the season, over the season next to the show; round "
          "38: a trigger holding its 'for' ('picked up for a 4th.') and a pick-up with its "
          "object between ('Kestrel picked up X for a 4th and 5th.')",
          "The first season of Glass Harbor aired in 2019 and the show was renewed for a "
          "second shortly after.", _elliptic_renewal, _seasons),
    _step("season", "season.after_current", "renewed", "a renewal of a show 'currently in "
          "its tenth season' with no season of its own is of the next one",
          "Currently in its third season, Glass Harbor has been renewed by Netflix.",
          _after_current, _seasons),
    _step("season", "season.part_is_season", ALL_KINDS, "'Part 4' where the article numbers "
          "the show's seasons as parts ('Part 5' and 'season 5' for one instalment)",
          "Glass Harbor Part 3 gets a date || Netflix set the release date for season 3 of "
          "Glass Harbor. Glass Harbor: Part 2 premiered in April 2023.",
          _part_is_season, _seasons),
    _step("season", "season.premiere_a_renewal_followed", "premiere", "a premiere told as "
          "what a renewal of season N came after ('renewed X for a third season a week after "
          "its March 3 debut'): season N - 1",
          "Hulu renewed Glass Harbor for a third season a week after its March 3 debut.",
          _premiere_a_renewal_followed, _seasons),
    _step("season", "season.season_before_premiere_noun", "premiere", "a premiere told by "
          "its noun with a season right before it ('its second-season premiere', 'the "
          "season 2 debut'): that season, over the season next to the show (round 25)",
          "Ahead of its second-season premiere on June 5, Tovrel has renewed Glass Harbor "
          "for a third season.", _season_before_premiere_noun, _seasons),
    _step("season", "season.renewal_beside_season_event", ("renewed", "cancelled"), "a "
          "renewal naming no season, told before or after the premiere, finale or debut of "
          "the one season the sentence names ('days after its season 2 premiere', 'ahead of "
          "its second-season finale'): the season after it; a cancellation so told, that "
          "season (round 25)", "Tovrel has renewed Glass Harbor days "
          "after its season 2 premiere.", _renewal_beside_season_event, _seasons),
    _step("season", "season.stated", ALL_KINDS, "the season phrase next to the show, in the "
          "trigger's clause", "Glass Harbor season 3 has been renewed.", _next_to_show,
          _seasons),
    _step("season", "season.right_after_trigger", ALL_KINDS, "a show referred to: the season "
          "right after the trigger", "Glass Harbor season 2 drew well. The show was renewed "
          "for season 3.",
          _right_after_trigger, _seasons),
    _step("season", "season.before_trigger", ALL_KINDS, "a show referred to: the season "
          "phrase before the trigger", "Glass Harbor season 2 drew well. Season 3 of the show will "
          "premiere in June.",
          _before_trigger, _seasons),
    _step("season", "season.more_seasons_to_end", "renewed", "'renewed for two more seasons, "
          "taking it through season 5': the seasons ending at the last one the sentence tells "
          "(or the two it names, 'its fourth and fifth'; round 36: also 'ordered two more "
          "seasons of X, its fourth and fifth')",
          "Kestrel has renewed Copper Vale for two more seasons, keeping it on air until "
          "series 6.", _more_seasons_to_end, _seasons),
    _step("season", "season.more_seasons", "renewed", "'renewed for two more seasons' of the "
          "main show: the seasons after its current one",
          "Glass Harbor season 2 drew well. Glass Harbor has been "
          "renewed for two more seasons.", _more_seasons, _seasons),
    _step("season", "season.cancelled_after_n", "cancelled", "'cancelled after N seasons', "
          "'after a N-season run', 'lasted N seasons before it was cancelled' is season N",
          "Glass Harbor was cancelled after two seasons.", _after_n_seasons, _seasons),
    _step("season", "season.renewal_after_aired", "renewed", "a renewal told 'after season "
          "2 launched' is of the season after the one that aired",
          "Netflix renewed Glass Harbor a month after season 2 premiered.",
          _renewal_after_aired, _seasons),
    _step("season", "season.renewal_after_season_run", "renewed", "a renewal told 'after a "
          "strong second season', 'following the finale of its second season', 'on the heels "
          "of its second season' is of the season after that one; not after a decision's "
          "own verb ('a week after ordering a third season' is that season's renewal, round "
          "32)",
          "Netflix renewed Glass Harbor for another season after a strong second season.",
          _renewal_after_season_run, _seasons),
    _step("season", "season.renewal_after_run_opening", "renewed", "a renewal in a sentence "
          "opening on the season it came after ('After a successful first season, X has been "
          "renewed', 'Following a strong second season, ...'), the sentence's one season "
          "phrase: the next season (round 21)", "After a successful first season, Glass Harbor "
          "has been renewed by Tovrel.", _renewal_after_run_opening, _seasons),
    _step("season", "season.shoot_while_aired", ("filming_started", "filming_wrapped"), "a "
          "shoot told 'while season 2 was still airing' is of the season after the one out",
          "Glass Harbor was renewed early, so its cameras rolled while season 2 was "
          "airing.", _shoot_while_aired, _seasons),
    _step("season", "season.renewal_while_aired", "renewed", "a renewal told 'while its "
          "second season was still airing' is of the season after the one out",
          "Netflix renewed Glass Harbor while its second season was still airing.",
          _shoot_while_aired, _seasons),
    _step("season", "season.next_after_run_in_sentence", ALL_KINDS, "a fact of 'the next "
          "season' (or a renewal told ahead of a season's finale) in a sentence whose one season "
          "phrase is told as run — its finale, 'a second season that drew', after or ahead of "
          "it — and that names no other show: the season after that one (round 24; not a "
          "cancellation)", "Glass Harbor has started filming its next season, following a "
          "second season that drew record audiences.", _next_after_run_in_sentence, _seasons),
    _step("season", "season.elliptic_ordinal_after_run", ("renewed", "premiere",
          "filming_started", "filming_wrapped"), "an ordinal standing alone "
          "after the trigger ('began filming its third', 'renewed X for a third'), one after "
          "the season the sentence names for the show: that ordinal, not the named season "
          "(round 25; no other show in the sentence)", "Glass Harbor has wrapped its second "
          "season and began filming its third on Monday.", _elliptic_ordinal_after_run,
          _seasons),
    _step("season", "season.complement_after_trigger", ALL_KINDS, "of the clause's season "
          "phrases, the one right after the trigger when it is nearer the trigger's words "
          "than the one before ('wrapped season 2 and began filming season 3': 3 for the "
          "shoot; round 25)", "Glass Harbor has wrapped season 2 and began filming season 3 "
          "on Monday.", _complement_after_trigger, _seasons),
    _step("season", "season.in_clause", ALL_KINDS, "the season phrase nearest the trigger in "
          "its clause (no other show there)",
          "ABC renewed Glass Harbor on Monday for a third season.",
          _in_clause, _seasons),
    _step("season", "season.subject_of_joined_clause", ALL_KINDS, "a clause joined by 'and' "
          "that leaves its subject out takes the season phrase that is the subject of the "
          "clause before it",
          "Good news for fans of Copper Vale: a second series has been confirmed, and will "
          "air next spring.", _subject_season_before_join, _seasons),
    _step("season", "season.renewed_in_fronted_phrase", ("premiere", "filming_started",
          "filming_wrapped", "episode_count"), "a shoot, a wrap, a premiere still to come or a "
          "count of the subject right after a fronted phrase with no subject of its own that "
          "tells the show's renewal for a season, the sentence's one season phrase ('Following "
          "its renewal for a second season,', 'Days after being renewed for a third season,'): "
          "that season, the one the renewal made (round 25, s25second)",
          "Days after being renewed for a third season, Glass Harbor began filming in Leeds.",
          _renewed_in_fronted_phrase, _seasons),
    _step("season", "season.after_an_aside", ALL_KINDS, "'renewed X, hosted by Y, for a "
          "third season': the season phrase after an aside",
          "Netflix renewed Glass Harbor, hosted by Jane Doe, for a third season.",
          _for_season_after_aside, _seasons),
    _step("season", "season.next_of_known", ALL_KINDS, "'another season', 'the next series' "
          "of a show: after the latest season the store knows aired, else the highest the "
          "article names (its sentences, else a heading line of the body numbering the show "
          "alone: 'Kestrel orders X 2'; round 33)", "Glass Harbor will return for a second "
          "series. Glass Harbor will be back for another instalment next year.",
          _next_season, _seasons),
    _step("season", "season.renewal_after_aired_in_sentence", "renewed", "a renewal with no "
          "season of its own, in a sentence telling the show's latest named season as aired: "
          "the next season", "Glass Harbor, which premiered its first season in January, has "
          "been renewed.", _renewal_after_aired_in_sentence, _seasons),
    _step("season", "season.stated_elsewhere", ALL_KINDS, "the season phrase next to the show "
          "in another clause", "Glass Harbor season 2, which drew well, was renewed.",
          lambda c: not _own_subject_between(c) and not _own_season_phrase(c)
          and list(_target(c).seasons), _seasons),
    _step("season", "season.run_length_elsewhere", "cancelled", "a cancellation with no "
          "season of a show the article says 'ran for N seasons' or 'ends after a single "
          "season': season N; or, round 18, told as a first season and a count after it "
          "('premiered in 2014 and earned two other seasons': N + 1)",
          "ABC cancelled Glass Harbor and Salt Road. Glass Harbor ran "
          "for three seasons, while Salt Road ends after a single season.",
          _run_length, _seasons),
    _step("season", "season.season_after_run_count", ("renewed", "premiere"), "a renewal, or "
          "a premiere still to come, naming no season, of a show whose run the article counts "
          "('after three seasons', 'which has run for three seasons', 'ran for three "
          "seasons'): the season after the run, not the last one made (round 22)",
          "Tovrel has renewed Glass Harbor after three seasons.", _season_after_run, _seasons),
    _step("season", "season.run_told_as_count", ("cancelled", "renewed", "premiere"), "a "
          "cancellation, renewal or premiere still to come naming no season, of a show whose "
          "run the article tells as a count in passing ('the three-season drama', 'its "
          "three-season run', 'after running for three seasons', 'three seasons in', 'After "
          "three seasons, the show ended'): the "
          "last season made for a cancellation, the one after it otherwise (round 24)",
          "Tovrel has cancelled the three-season drama Glass Harbor.",
          _run_told_as_count, _seasons),
    _step("season", "season.cancelled_after_aired", "cancelled", "a cancellation with no "
          "season of a show whose latest season the article tells as aired (and names none "
          "later): that season, the last one made", "Glass Harbor has been cancelled. Its "
          "third season premiered in March.", _cancelled_after_aired, _seasons),
    _step("season", "season.cancelled_final_named", "cancelled", "a cancellation with no "
          "season of a show whose last season the article numbers ('Season 3 was its last', "
          "'its third and final season'): that season, the last one made",
          "Netflix has cancelled Glass Harbor. The drama's third season will be its last.",
          lambda c: _target(c).show in c.ctx.final_seasons
          and [c.ctx.final_seasons[_target(c).show]], _seasons),
    _step("season", "season.plan_undone_in_sentence", "cancelled", "a cancellation naming "
          "no season, in a clause referring back to the show the sentence named before it and "
          "set against the plan of the sentence's one season phrase by 'but', 'yet', 'only "
          "for' ('X was set for a third season, but Kestrel cancelled it'): that season, the "
          "one undone; no other show named but as a credit ('from the team behind Y') (round "
          "33)", "Lantern House was set for a third season, but Tovrel has now cancelled "
          "it.", _plan_undone_season, _seasons),
    _step("season", "season.final_of_arc_in_sentence", ALL_KINDS, "'the show's final season' "
          "in a sentence that counts the show's arc ('planned the story as a five-season "
          "arc'): the arc's last season, whichever show the sentence refers to",
          "Glass Harbor is a drama. After the show's final season was announced in May 2019, "
          "its writer said the story had been planned as a five-season arc.",
          _final_of_arc_in_sentence, _seasons),
    _step("season", "season.final_of_known_count", ALL_KINDS, "'the final season' of a show "
          "whose last season the article numbers",
          "Glass Harbor season 6 will be the last. The final season is filming in Leeds.",
          lambda c: FINAL_GENERIC_RE.search(_clause_text(c))
          and _target(c).show in c.ctx.final_seasons
          and [c.ctx.final_seasons[_target(c).show]], _seasons),
    _step("season", "season.new_show_is_first", ALL_KINDS, "a new, freshman or rookie show is "
          "in season 1 (a renewal of it is season 2)", "ABC renewed freshman drama Glass "
          "Harbor.", lambda c: _target(c).new_show and [2 if c.kind == "renewed" else 1],
          _seasons),
    _step("season", "season.new_show_elsewhere", DECISIONS, "a renewal or cancellation "
          "naming no season of a show the article calls new, or says debuted within the year, "
          "where it names no season of it: a renewal is of season 2, a cancellation ends "
          "season 1", "Glass Harbor is a freshman drama. Netflix has renewed it.",
          lambda c: _target(c).show in c.ctx.new_shows
          and not c.ctx.named_seasons.get(_target(c).show)
          and [2 if c.kind == "renewed" else 1], _seasons),
    _step("season", "season.commissioned_by_parts_is_first", ("premiere", "filming_started",
                                                             "filming_wrapped",
                                                             "episode_count"),
          "a premiere, a shoot or a count naming no season, of a show the article tells as "
          "commissioned by name and set off as a count of parts ('Tovrel has commissioned X, "
          "a six-part drama', 'X, a six-part comedy, has been ordered'), numbering no season "
          "of it: its first season, a new show's (round 22; not a return)",
          "Kestrel One has commissioned Glass Harbor, a six-part thriller set in Leeds.",
          lambda c: _first_season_of(c, c.ctx.commissioned), _seasons),
    _step("season", "season.called_new_elsewhere", ("premiere", "filming_started",
                                                     "filming_wrapped", "episode_count"),
          "a premiere, a shoot or a count naming no season, of a show the article calls new "
          "in words elsewhere and numbers no season of: its first season (not a return, which "
          "speaks of a season after one)",
          "Netflix has ordered the new drama Glass Harbor. Filming begins in Leeds in June.",
          lambda c: _first_season_of(c, c.ctx.called_new), _seasons),
    _step("season", "season.pilot_is_first", ("premiere", "filming_started",
                                               "filming_wrapped", "episode_count"),
          "a premiere, a shoot or a count naming no season, of a show a sentence about it "
          "alone tells the pilot of ('airs weekly, starting with the pilot') and the article "
          "numbers no season of: its first season (not a return)",
          "Glass Harbor premieres on Kestrel One on May 16. Glass Harbor will air weekly for "
          "nine weeks, starting with the pilot.",
          lambda c: _first_season_of(c, c.ctx.pilot_shows), _seasons),
    _step("season", "season.one_season_show", ALL_KINDS, "a fact naming no season, of a "
          "show the article calls, beside its name, a kind that runs one season — a limited "
          "or event series, a miniseries or mini-series, a one-off drama, a 'three-part "
          "drama' (UK), a single-season anthology — where the article numbers no season of "
          "it, does not write it as returning and the trigger tells no return: season 1, a "
          "renewal of it season 2 (round 38)", "Filming has wrapped on Glass Harbor, "
          "Kestrel's six-part limited series starring Dana Holt.", _one_season_show,
          _seasons),
    _step("season", "season.new_in_passing", ALL_KINDS, "a fact naming no season, of a show "
          "the article tells as new in passing — a sentence naming no show that calls the one "
          "it refers to new anywhere ('Starring Dana Holt, the new drama follows ...', 'Dana "
          "Holt stars in the freshman comedy', 'The series is one of three new dramas'), or "
          "the show counted among new ones after its name ('X is one of two new comedies') — "
          "where the article numbers no season of it and the trigger tells no return: a "
          "renewal is of season 2, any other fact of season 1, a new show's (round 23)",
          "Kestrel One has cancelled the drama Glass Harbor. Starring Dana Holt, the new drama "
          "drew few viewers.", _new_in_passing_season, _seasons),
    _step("season", "season.called_new_in_own_sentence", ALL_KINDS, "a fact naming no "
          "season, of a show its own sentence calls new after its name ('X premieres June 5 "
          "as the network's new drama', 'cancelled X, which was one of the new comedies of "
          "the fall', 'weeks after the new drama premiered') with no other show named before "
          "the words nor right after them, where the article numbers no season of it and the "
          "trigger tells no return: a renewal is of season 2, any other fact of season 1 "
          "(round 24)", "Glass Harbor premieres on Kestrel One on June 5 as the network's new "
          "drama.", _called_new_after_name, _seasons),
    _step("season", "season.called_new_before_named", ALL_KINDS, "a fact naming no season, "
          "of a show a line naming none brings in as new by its kind before naming it — a "
          "sentence ('Kestrel's new drama premieres Friday.') followed within two sentences by "
          "one opening on the show as its subject, or a headline ('Kestrel renews freshman "
          "drama') over an article whose first sentence naming shows opens on its main show — "
          "where the article numbers no season of it and the trigger tells no return: a "
          "renewal is of season 2, any other fact of season 1 (round 24)",
          "Tovrel has renewed Mill Street for a fourth season. The network's freshman comedy "
          "also got good news. Glass Harbor has been renewed too. Glass Harbor stars Dana "
          "Holt.",
          _called_new_before_named, _seasons),
    _step("season", "season.first_season_in_sentence", "premiere", "'series premiere', "
          "'debut season' anywhere in the sentence: season 1",
          "Glass Harbor season 3 set || Glass Harbor, whose debut season drew "
          "record ratings in its home country, premiered on Hulu in 2019.",
          _first_season_in_sentence, _seasons),
    _step("season", "season.premiere_before_renewal", "premiere", "a premiere that "
          "happened, told in a sentence renewing season N of the show, was of season N - 1",
          "Following its premiere in January, Glass Harbor was renewed for a second season.",
          _premiere_before_renewal, _seasons),
    _step("season", "season.premiere_before_denied", "premiere", "a premiere that happened, "
          "told in a sentence denying season N of the show ('won't get a second season'), "
          "was of season N - 1", "Glass Harbor, which premiered in March, won't get a second "
          "season.", _premiere_before_denied, _seasons),
    _step("season", "season.old_premiere_is_first", "premiere", "a premiere years before the "
          "article is the show's first", "Glass Harbor premiered in 2015.",
          lambda c: _old_premiere(c) and [1], _seasons),
    _step("season", "season.debut_is_first", "premiere", "a show that 'debuted' or "
          "'launched', no season named and none known: its first season",
          "NBC cancelled the comedy Glass Harbor, which debuted in December.",
          lambda c: DEBUT_WORD_RE.match(_trigger_text(c)) and not c.view.all_seasons
          and not (_is_main(c) and c.ctx.main_season) and [1], _seasons),
    _step("season", "season.debut_of_a_new_show", "premiere", "a premiere naming no season, "
          "that has happened, of a show the article says debuted within the year and "
          "numbers no season of ('cancelled X, which premiered in January'): that debut, "
          "season 1", "ABC has cancelled Glass Harbor, which premiered in January.",
          lambda c: _target(c).show in c.ctx.new_shows
          and not c.ctx.named_seasons.get(_target(c).show)
          and not RETURN_FAMILY_RE.search(_trigger_text(c))
          and c.certainty == "confirmed" and _past_date(c) and [1], _seasons),
    _step("season", "season.another_unnumbered", ALL_KINDS, "'another season' of the main "
          "show names no number", "Glass Harbor will be back for another season.",
          lambda c: _is_main(c) and ANOTHER_SEASON_RE.search(_clause_text(c)) and [None],
          _seasons),
    _step("season", "season.limited_series", "episode_count", "a limited series has one "
          "season", "Glass Harbor season 1 has a trailer. Glass Harbor is a "
          "six-episode limited series.",
          lambda c: _is_main(c) and LIMITED_SERIES_RE.search(
              c.text[c.trigger.end:c.trigger.end + 30]) and [1], _seasons),
    _step("season", "season.premiere_before_main", "premiere", "a premiere months before an "
          "article about the main season's renewal or shoot is the season before it",
          "Glass Harbor renewed for season 2 || Glass Harbor premiered in March to strong "
          "reviews.", _premiere_before_main, _seasons),
    _step("season", "season.wrap_before_main", "filming_wrapped", "a wrap months before an "
          "article about the main season's renewal or its shoot to come is the season "
          "before it", "Glass Harbor season 3 to start filming next month || Glass Harbor "
          "returned in July, but filming had wrapped in November 2023.", _wrap_before_main,
          _seasons),
    _step("season", "season.heading_note", ALL_KINDS, "the heading's show referred to under "
          "a title heading whose note names a season ('Title (Season 2)'), in a sentence "
          "naming no season: that season", "Glass Harbor (Season 2) Premiere\nThe drama is "
          "back on June 6.\nSalt Road (Season 4) Premiere\nThe thriller returns June 13.",
          lambda c: _target(c).position is None and c.ctx.heading_season is not None
          and not c.view.all_seasons and _target(c).show == c.view.topic_show
          and [c.ctx.heading_season], _seasons),
    _step("season", "season.entry_label", ALL_KINDS, "a show referred to in a tracker's "
          "line after the line's bare season label ('Title, May 3. Season 4. The drama "
          "gets eight episodes.'): that season; a decision there with no time of its own "
          "takes the day the line's head gives",
          "NBC \u201cGlass Harbor\u201d, May 3, 2024. Season 4. Renewed well ahead of its "
          "finale.",
          lambda c: _target(c).position is None and c.ctx.entry_season is not None
          and not c.view.all_seasons and [c.ctx.entry_season], _entry_season),
    _step("season", "season.elided_subject", ALL_KINDS, "a sentence that leaves its subject "
          "out takes the one season the sentence that named the show gave",
          "USA \u201cGlass Harbor\u201d, May 3, 2030, Season 2. Returns for 13 episodes.",
          lambda c: _target(c).position is None and c.ctx.named_season is not None
          and not c.view.all_seasons and _elided_subject(c) == _target(c).show
          and [c.ctx.named_season], _seasons),
    _step("season", "season.new_season_after_aired", ALL_KINDS, "'the new season', 'the "
          "upcoming season' of the main show after a paragraph telling an aired season: the "
          "season ahead (the highest the article names above the aired one, else, for a premiere "
          "or shoot still to come, the next), "
          "not the aired one 'the season' would take (round 21)", "Tovrel renewed Glass "
          "Harbor for a third season. The second season premiered in May. The new season will "
          "begin filming in June.", _season_ahead_of_aired, _seasons),
    _step("season", "season.recent_in_paragraph", ALL_KINDS, "'the season' of the main show: "
          "the season the paragraph just named", "Glass Harbor season 2 was a hit. Season 3 "
          "arrives in June. The 10-episode season was shot in Wales.",
          lambda c: _is_main(c) and c.ctx.recent_season
          and THE_SEASON_RE.search(_clause_text(c)) and [c.ctx.recent_season], _seasons),
    _step("season", "season.count_of_the_season_just_named", "episode_count", "'It will "
          "have eight episodes' of the main show: the season the last sentences named",
          "Glass Harbor has been renewed for a second season. It will have eight episodes.",
          lambda c: _is_main(c) and c.ctx.recent_season and REFERENCE_START_RE.search(c.text)
          and FUTURE_MARK_RE.search(_clause_text(c)) and [c.ctx.recent_season], _seasons),
    _step("season", "season.return_after_aired", "premiere", "a premiere told as a return, "
          "in a sentence that numbers no season, of a show whose aired season the article "
          "gives: the next season", "Glass Harbor ended its first season in March. In winter "
          "2025, Glass Harbor will return to the schedule.", _return_after_aired, _seasons),
    _step("season", "season.count_with_return_after_aired", "episode_count", "a count told "
          "with the show's return still to come, in a sentence that numbers no season, of a show "
          "whose aired season the article gives: the next season, the return's (round 23)",
          "Copper Lantern ended its first season in May. Next spring, Copper Lantern will "
          "return with ten episodes.", _count_with_return_after_aired, _seasons),
    _step("season", "season.renewal_of_the_season_named", "renewed", "a renewal naming no "
          "season, of a show whose only season numbers the article names lie ahead (none told "
          "as aired, on air or ended): the highest of them", "Netflix has renewed Glass Harbor. "
          "The drama is set on an island. It stars Jane Doe. The drama's second season will "
          "premiere in 2025.", _renewal_of_named, _seasons),
    _step("season", "season.event_of_the_season_named", ("premiere", "filming_started",
                                                          "filming_wrapped", "episode_count"),
          "a premiere, a shoot or a count naming no season, of a show whose only season "
          "numbers the article names lie ahead (none told as aired, on air or ended): the "
          "highest of them, as a renewal's (round 19); not a premiere told as past",
          "Glass Harbor returns on October 3. The drama's third season will follow Mara "
          "to Lisbon.", _event_of_named, _seasons),
    _step("season", "season.event_ahead_of_aired", ("premiere", "filming_started",
                                                    "filming_wrapped"),
          "a premiere, a shoot or a wrap still to come naming no season, of a show whose "
          "article tells a season as aired and names a higher one: the higher one, the "
          "season still to be made (round 21)", "Dana Holt joins Glass Harbor || Dana Holt has "
          "joined the cast of Glass Harbor. Tovrel renewed the drama for a third season in "
          "March, after the second season premiered in January. Filming begins in June.",
          _event_ahead_of_aired, _seasons),
    _step("season", "season.renewal_after_main_aired", "renewed", "a renewal naming no "
          "season, of the main show whose main season the article tells as aired (and names "
          "no later one): the next season, not the one that aired",
          "Glass Harbor season 2 premiered in March. Netflix has now renewed the drama.",
          _renewal_after_main_aired, _seasons),
    _step("season", "season.renewal_after_show_aired", "renewed", "round 38: a renewal naming "
          "no season, of a show other than the main one whose latest season the article tells "
          "as aired or on air (in a sentence naming it alone) and names no later one: the "
          "next season", "Tovrel cancelled Copper Vale on Friday. Season 2 of Glass Harbor is "
          "now streaming on Kestrel. Kestrel has renewed the series.",
          _renewal_after_show_aired, _seasons),
    _step("season", "season.cancelled_latest_named", "cancelled", "a cancellation with no "
          "season of a show whose seasons the article numbers elsewhere, none told as aired "
          "nor as its last: the season before the highest one named (that one told only as "
          "ordered, in production or halted was never finished; the last one made is the one "
          "before)", "Glass Harbor has been cancelled. The "
          "drama had halted production on its fourth season in March.",
          _cancelled_latest_named, _seasons),
    _step("season", "season.gapped_count", "episode_count", "a count told again for "
          "another show, the noun left out: the season the article names for that show",
          "Netflix renewed Glass Harbor (season 3) and Tin Roof (season 2). Glass Harbor's "
          "order is for 22 episodes, while Tin Roof's is only for 13.", _gapped_count_season,
          _seasons),
    _step("season", "season.lead_season_told_as_news", ALL_KINDS, "the main show, when the "
          "article has no main season: the one season its lead tells as the news with no word "
          "of a kind of fact ('season 3 is official', 'a third season is locked in'), in a "
          "sentence naming no other show (round 19)", "Good news for Glass Harbor fans: season "
          "3 is official. Netflix renewed Glass Harbor on Monday.",
          lambda c: _is_main(c) and c.ctx.main_season is None and c.ctx.lead_news_season
          and [c.ctx.lead_news_season], _seasons),
    _step("season", "season.main_show", ALL_KINDS, "the article's main season for its main "
          "show", "Glass Harbor season 2 ... The show wrapped filming on Friday.",
          lambda c: _is_main(c) and [c.ctx.main_season], _seasons),
    _step("season", "season.new_in_focused_article", ("premiere", "filming_started",
                                                      "filming_wrapped"),
          "another show in an article about one show, with no season of its own: a new one",
          "Glass Harbor season 2 wraps filming || Glass Harbor season 2 wrapped "
          "filming on Friday. Meanwhile, Tin Roof starts filming in June.",
          lambda c: _new_in_focused_article(c) and [1], _seasons),
    _step("season", "season.unknown", ALL_KINDS, "no season stated or implied",
          "Netflix has cancelled Glass Harbor and Salt Road.", lambda c: [None], _seasons),
    # --- a season the wording shifts ---------------------------------------------------------
    _step("season_adjust", "season.background_cancellation_before_return", "cancelled", "a "
          "cancellation told as background beside the show's renewal or return in its "
          "sentence, given the return's season: the cancelled season is the one before (the "
          "last made)", "Despite its cancellation at Fox, Glass Harbor was renewed by "
          "Netflix for a third season.", _background_cancellation_of_returning_show,
          _one_less),
    _step("season_adjust", "season.denied_return_is_previous", "cancelled", "'will not return "
          "for a third season' (round 22: 'won't bring back X for a third season'; round 27: "
          "'was unrenewed for a third season'): the last season made is the second",
          "Glass Harbor will not return for a third season.", _denied_return_season,
          _one_less),
    _step("season_adjust", "episode.predecessor", "episode_count", "'its 10-episode "
          "predecessor' counts the season before",
          "Glass Harbor season 3 has eight episodes, down from its 10-episode "
          "predecessor.",
          lambda c: PREDECESSOR_RE.search(c.text[c.trigger.end:c.trigger.end + 25]),
          _predecessor),
    # --- dedupe ----------------------------------------------------------------------------
    _rule("dedupe.best_per_key", ALL_KINDS, "one fact per show, season and kind: dated, stated, "
          "surest, most precise", "Glass Harbor returns in 2025 ... on June 5, 2025."),
    _rule("date.set_aside", ("premiere", "filming_started", "filming_wrapped"),
          "a dated fact whose date its own sentence sets aside (denied: 'no longer premieres "
          "on May 4', 'not in November'; contrasted: 'rather than late November', 'instead "
          "of March'; a plan left: 'had been set to launch in November', 'once expected in "
          "January') yields in dedupe to a fact of its key whose date stands (round 38)",
          "Harrow Lane, which had been set to launch in late November, will now premiere on "
          "Tovrel in January."),
    _rule("date.announcing_document", ALL_KINDS, "a date beside the document or appearance "
          "an announcement came in ('In a June 3 press release', 'in a statement on Monday', "
          "'a Nov. 11 interview'; ``patterns.ANNOUNCING_DOCUMENTS``) is the announcement's: "
          "no event takes it, a decision may (as 'announced on Monday') (round 39, r39dates)",
          "In a June 3 press release, Kestrel said Copper Vale season 2 will premiere in "
          "March."),
    _rule("season.noun_after_name", ALL_KINDS, "a streamer's, a UK box set's or a reality "
          "show's season noun right after a show's name is its season, as 'season 5' is: 'X "
          "Part 5', 'X: Volume 3', 'X Vol. 2', 'X Book Two', 'X Chapter 3', 'X Collection 4', "
          "'X Cycle 12' (not 'Part 2 of the finale', nor in a sentence telling a season in "
          "parts; round 38; a reality show's 'Cycle 12' is read anywhere, as 'season 12')",
          "Glass Harbor Part 5 wraps filming in Madrid."),
    _rule("season.subject_of_linked_event", ALL_KINDS, "a season phrase that opens a clause "
          "of another event linked in time ('after', 'since', 'before' just before it) and is "
          "the subject of that event's trigger is that event's season, not the clause's "
          "(season.in_clause skips it; round 20)", "Harrow Lane returns to Tovrel on June 5, "
          "after its first season debuted on June 20."),
    _rule("date.own_sentence_dates_decided", ("premiere", "filming_started",
                                               "filming_wrapped"),
          "a fact whose own sentence names its date as a phrase of its own takes no other "
          "date of that sentence over the article (date.article_day and the rest): the "
          "sentence's dates went each to its own trigger ('returns on June 5, a year after "
          "season 1 premiered in June 2029': June 5 is the return's; ``eventdates.py``; "
          "round 20)", "Harrow Lane returns to Tovrel on June 5, a year after season 1 "
          "premiered in June 2029."),
    _rule("dedupe.return_after_numbered", "premiere", "an unnumbered premiere dated after "
          "every numbered premiere of its show, compatible with none, is a later season's "
          "return, not the numbered one told again: it is kept, not folded into it (round 20)",
          "Two years after its March 2027 debut, Harrow Lane returns to Tovrel on June 5."),
    _rule("drop.premiere_never_dated", "premiere", "a premiere no line of the article dates "
          "says nothing a user can act on: dropped after the article's other lines had their "
          "chance to date it (date.article_day), not before; every such drop is traced, on the "
          "candidate's own event when all it made is dropped (round 38)",
          "Harrow Lane season 2 will "
          "premiere on Tovrel. The cast is back."),
    _rule("dedupe.cancelled_once", "cancelled", "one show's cancellations of seasons n and "
          "n+1 with compatible dates ('cancelled after one season', 'no season 2') are one "
          "decision, season n's, unless season n+1 has a fact of its own (a revival)",
          "Kestrel Play cancelled Glass Harbor after one season. There will be no Glass Harbor "
          "season 2."),
    _rule("date.article_day", ("premiere", "filming_started", "filming_wrapped"), "a "
          "premiere or shoot whose date is loose (none, the publication month, coarser than a "
          "day) takes the one day the article's other sentences state for the same event: no "
          "other show or season named, an event word of the kind near the day, no "
          "announcement's day, compatible with the fact's own time (``eventdates.py``)",
          "Glass Harbor season 2 will premiere this spring. New episodes begin streaming "
          "March 14."),
    _rule("date.owned_by_other_event", ("premiere", "filming_started", "filming_wrapped"),
          "a date right after another kind's trigger, at most a preposition between "
          "('wrapped in August', 'began filming on 3 March'), is that event's: it refines no "
          "fact of another kind (date.article_day; round 36, r36dates2)",
          "Filming on Harrow Lane wrapped in August, and the second series premieres early "
          "next year on Tovrel."),
    _rule("season.event_told_across", ("renewed", "premiere", "filming_started",
                                       "filming_wrapped"),
          "a renewal, premiere or shoot naming no season takes the one season another sentence "
          "of the article tells for the same event: the sentence before or the next two (no "
          "other show named between), or the headline, naming the show or opening on the "
          "event's noun ('The pickup', 'The shoot', 'The new season, its third,'), with a word "
          "of the event and no season told as aired or of another event (``eventdates.py``; "
          "round 20)", "Tovrel has renewed Nightjar. The pickup, for a third season, comes "
          "after a strong spring."),
    _rule("season.season_told_next_to_event", ("renewed", "premiere", "filming_started",
                                                "filming_wrapped"),
          "a renewal, premiere or shoot naming no season, for which no sentence tells one as "
          "season.event_told_across reads them, takes the one season the sentence right "
          "before or after tells when that sentence names no show, opens on the season by "
          "reference ('Its third season', 'The drama's third season', 'Season 3', 'The third "
          "season') in the present or ahead (no 'was', no season told as aired) and holds no "
          "trigger of any kind (``eventdates.py``; round 21)", "Nightjar has started filming "
          "in Leeds. Its third season is set in Lisbon."),
    _rule("date.decision_told_across", ("renewed", "cancelled"), "a renewal or "
          "cancellation that fell back on the publication month takes the one day (within two "
          "months before the article) the sentence before or the next two, naming no other "
          "show or season, give to the decision's news ('The news came on April 30', "
          "'announced the decision on April 30'), no other event's word near it "
          "(``eventdates.py``; round 20)", "Tovrel has renewed Nightjar for a third season. "
          "The news came on April 30."),
    _rule("date.told_after_date_set", "premiere", "a premiere of the latest season named, "
          "whose line says its date was set without stating it ('has set the premiere date "
          "for the third season of X', 'revealed when ... will arrive'), takes the date one of "
          "the next two lines states for a premiere, when that line names no season "
          "(date.article_day's other conditions; round 19)", "Kestrel Play has set the "
          "premiere date for the third season of Glass Harbor. New episodes arrive on July 12."),
    _rule("date.article_year_or_season", ("premiere", "filming_started", "filming_wrapped"),
          "a premiere or shoot with no date or only a year, for which no line states a month "
          "or a day, takes the year or season the article's other lines state for the same "
          "event under ``date.article_day``'s conditions ('next spring', 'the fall of 2032') "
          "(``eventdates.py``)",
          "Glass Harbor season 2 will premiere in 2032. New episodes arrive in the fall of "
          "2032."),
    _rule("date.moved_day", ("premiere", "filming_started", "filming_wrapped"), "a premiere "
          "or shoot whose date a line tells as a plan left ('was set for March 3', 'moved "
          "from March 3') takes the one date the article gives in its place (the same line's "
          "'to April 9' / 'now April 9', or a line of a change stating another) "
          "(``eventdates.py``)",
          "Glass Harbor season 2 was set to premiere March 3. It now premieres April 9."),
    _rule("date.shoot_began_earlier", "filming_started", "a shoot told as going on "
          "('filming underway', 'in production', 'in full swing') that fell back on the "
          "publication month, in a sentence stating no time, takes the one earlier month or "
          "day, within a year, the article's other lines state for its start under "
          "``date.article_day``'s conditions: the "
          "shoot began then, the article reports it still going (``eventdates.py``)",
          "Glass Harbor season 2 filming underway. Production on the season began in July "
          "2031."),
    _rule("date.calendar_word_in_a_name", ALL_KINDS, "a bare weekday, month, season or "
          "holiday word joined by one space to a capitalised name word after it ('the dramas "
          "Salt Road, Saturday Harbor and Copper Vale'), or after another calendar word ('Ember "
          "October Christmas'), is a word of a title, not a date; not in a heading (every long "
          "word capitalised), not after a word that opens a date ('On Friday Kestrel ...'), "
          "not before a time word ('Friday Night') (``dates.inside_a_name``)",
          "Kestrel has canceled its dramas Salt Road, Saturday Harbor and Copper Vale."),
    _rule("date.calendar_word_before_of_name", ALL_KINDS, "a bare weekday, month, season or "
          "holiday word followed by 'of' and a capitalised name ('Saturday of Salt Road') is "
          "a word of a title, not a date; not after a word that opens a date ('on', 'this', "
          "'next'), not before a time ('the Friday of Thanksgiving Week') "
          "(``dates.named_calendar_word``)",
          "Kestrel renewed Friday of Copper Vale for one season."),
    _rule("date.calendar_word_as_subject", ALL_KINDS, "a bare calendar word that opens a "
          "clause as the subject of a verb, alone or joined by 'and' to a capitalised name "
          "('Friday was renewed', 'Meanwhile, Copper Vale and Friday have been renewed', "
          "'Friday premieres on Kestrel') is a title, not a date; not with a comma after it "
          "('Monday, Kestrel renewed ...'), not as the subject of a time's verbs ('Friday is "
          "the day ...', 'Monday will see ...', 'Monday was the first day of filming', "
          "'Tuesday has been set as the premiere date'): 'was', 'has been' and 'will be' only "
          "before a decision ('was renewed') (``dates.named_calendar_word``)",
          "Meanwhile, Copper Vale and Friday have been renewed for more seasons."),
    _rule("date.calendar_word_in_name_list", ALL_KINDS, "a bare calendar word that is an item "
          "of a list of capitalised names, a name on each side ('Salt Road, Christmas and "
          "Tuesday, Copper Vale'), is a title, not a date, headings included; not in a list "
          "of days ('Monday, Tuesday and Friday') (``dates.named_calendar_word``)",
          "Kestrel Renews Salt Road, Tuesday, Copper Vale and 12 Other Series"),
    _rule("date.calendar_word_ends_list_item", ALL_KINDS, "round 31: a bare calendar word "
          "that ends an item of a list of capitalised names — a comma and a name before the "
          "item, its other words plain names, a joiner (', ', ' and ') and a name after it "
          "('Havana, Mabel Tuesday and Lantern House') — is the item's word, not a date; a "
          "date opener before it ('on Monday' after the last item) keeps the date "
          "(``dates.named_calendar_word``)",
          "Kestrel has renewed the sitcoms Salt Road, Mabel Tuesday and Copper Vale."),
    _rule("date.none_inside_own_title", ALL_KINDS, "whether a fact's own sentence states a "
          "time (the checks of ``date.shoot_began_earlier``, ``date.decision_told_across``, "
          "``date.event_told_next_by_reference`` and the day-of-roundup and named-day passes) "
          "is asked with the fact's title masked: a title built of calendar words names the "
          "show, not a time (``dates.dates_outside_title``)",
          "Ember Christmas season 2 filming underway. Commencing in March 2031, the shoot is "
          "set to span ten months."),
    _rule("date.none_inside_kept_title", ALL_KINDS, "once the article keeps its titles, no "
          "reader of a line's dates (the sentence's, the article-wide event and decision days, "
          "the weekday pins) reads a date inside a mention of a kept title ('for Autumn' of "
          "'Autumn Iris', 'Tonight' of 'The Tonight Lantern', 'Friday' of 'Friday Rose'); a "
          "phrase that opens before the mention and holds it whole ('on Friday' beside a show "
          "called 'Friday') is a time (``dates.outside_kept_names``)",
          "Kestrel renewed Friday Rose on Tuesday. Friday Rose returns in the fall."),
    _rule("date.named_day", ("premiere", "filming_started", "filming_wrapped"), "a premiere "
          "or shoot whose day was read off the article's own date ('today', 'tonight', the "
          "publication-day fallback), named with its month nowhere, takes the one earlier day "
          "the article's other lines name for the same event (a story stamped after it was "
          "written) (``eventdates.py``)",
          "Glass Harbor season 2 premieres tonight. The season premieres on November 17."),
    _rule("date.event_told_next_by_reference", ("premiere", "filming_started",
                                                 "filming_wrapped"),
          "a premiere or shoot whose sentence names only its show and gives it no date takes "
          "the date the next sentence states for the same event when that sentence names no "
          "show and no other season and opens on the event or the show by reference ('It', "
          "'The series', 'The new season', 'The first two episodes', 'The "
          "premiere', 'Production', 'Cameras'; round 38: the season's episodes as a whole or "
          "its first one, 'All eight episodes drop', 'The opening episode goes out', and the "
          "viewer told where to find it, 'Viewers can catch it from'), even where other shows "
          "have facts of the kind (date.article_day's other conditions; ``eventdates.py``; "
          "round 21)",
          "Tovrel renewed Nightjar for a third season, which will premiere on Tovrel Plus. "
          "The new season debuts September 12."),
    _rule("date.decision_verb_told_next", ("renewed", "cancelled"), "a renewal or "
          "cancellation that fell back on the publication month, whose sentence names only its "
          "show, takes the one day (within two months before the article) the next sentence "
          "gives to the decision's own verb ('picked up', 'renewed', 'axed', 'cancelled') when "
          "that sentence names no show and no other season and opens on the show by reference "
          "('It', 'The drama'), no other event's word near the day (date.decision_told_across "
          "reads only the news's words; ``eventdates.py``; round 21)", "Tovrel has renewed "
          "Nightjar for a third season. It was picked up on April 30."),
    _rule("date.airing_line_names_show", "premiere", "a premiere told as a plan with no "
          "time, about to be dropped (drop.premiere_never_dated), takes the one day or month "
          "to come that another line naming the show, and no other show or season, gives its "
          "airing: a word of going on air near the date ('airs Tuesdays from', 'opens on', "
          "'catch ... on', 'available from') or a schedule line (the show, the day, a time, a "
          "network); not an episode told by its place, a rerun, ratings, a film, a past "
          "airing, an announcement's day, a bound or a guess (``eventdates.airing_day``; "
          "round 22)", "Salt Road will premiere on Kestrel. Salt Road airs Tuesdays at 9 "
          "p.m. from March 4."),
    _rule("date.entry_dateline", ("renewed", "cancelled", "filming_started", "filming_wrapped"),
          "a renewal, cancellation, start or wrap that fell back on the publication month, on a "
          "page that sets a dateline above each of its entries (two or more days, none after "
          "the article, none more than two months before it), takes the day of the dateline "
          "its entry sits under (``eventdates.py``; round 22)", "Kestrel Two orders Glass "
          "Harbor 2\nMonday 7th December 2015\nKestrel Two has ordered another series of Glass "
          "Harbor."),
    _rule("date.state_told_on_announcement_day", ("filming_started", "filming_wrapped"),
          "a shoot told as going on or done ('is underway', 'has officially begun', 'has "
          "wrapped') after an announcement's word whose day stands beside it ('today "
          "announced that', 'On March 3, Kestrel tweeted that'), the sentence's only date: "
          "the day is the news's, the shoot began or ended before it, so it takes that day's "
          "month, as an event that just happened with no time told "
          "(``eventdates.announced_state_months``; round 22)", "Tovrel today confirmed that "
          "cameras are rolling on the third season of Salt Road."),
    _rule("date.headline_date_in_body", "premiere", "a headline's premiere kept as its date "
          "was given (trigger.headline_premiere_date_given) takes the one day to come that "
          "the body gives in lines naming no other show, no other season and no other kind's "
          "event (else the one month to come); two such days, or none, leave it undated and "
          "it is dropped (drop.premiere_never_dated) (round 23)",
          "Salt Road season 2 premiere date revealed || Salt Road follows two sisters. New "
          "episodes drop March 4 on Kestrel."),
    _rule("date.plan_dated_next_line", "premiere", "a premiere told as a plan with no time, "
          "about to be dropped as never dated, takes the one day (or month) to come that the "
          "body's next sentence gives when that sentence names no show and no other season "
          "(and the plan's own, for a second season or later), "
          "with a word of going on air or a date given as such near it, and nothing of "
          "another event, an episode by its place, a rerun, ratings, a past airing, an "
          "announcement's day, a bound, a doubt or a guess (round 23)",
          "Salt Road will premiere on Kestrel. Mark your calendars for March 4."),
    _rule("date.plan_dated_near_line", "premiere", "a premiere told as a plan with no "
          "time, about to be dropped as never dated, that date.plan_dated_next_line left "
          "undated, takes the one day (or month) to come that the sentence after a quiet one "
          "(no show, no season, no time) or the sentence right before it gives, under the "
          "same conditions (no show named, no other season, a word of going on air or a date "
          "given as such near it; round 27)", "Salt Road will return to Kestrel for a second "
          "season. The drama follows two sisters in Leeds. New episodes begin on June 3."),
    _rule("drop.plan_voided", "premiere", "a premiere plan told as one that no longer holds "
          "('had been set to premiere', 'was due to', 'would have') in an article that "
          "cancels the season, or the season before it ('cancelled after two seasons' voids "
          "the third's plan): the cancellation voided it, so it is not handed over (the "
          "status layer reads a cancellation beside a plan in force as a planned ending)",
          "Netflix cancelled Glass Harbor. Its third season had been set to premiere on "
          "October 1."),
    _rule("kind.return_is_the_premiere", "renewed", "a renewal read from a return's words "
          "alone ('will return for a third season', 'is coming back') or a planned ending's "
          "('will end with its fifth season'), with no time of its own "
          "and no one announcing it, of a show whose season the article gives a premiere month "
          "or day still to come: the premiere told again, merged into it, not news of a renewal "
          "(``facts._returns_told_again``)",
          "Glass Harbor will return for a third season. The third season premieres June 4 on "
          "Tovrel."),
    _rule("drop.return_undone_by_cancellation", "renewed", "a renewal read from a return's "
          "words alone ('would return for a third season', 'was expected to return'), with no "
          "time of its own and no one announcing it, of a show the article cancels as this "
          "month's news: a hope or a plan the cancellation undid, no renewal — unless the "
          "return is of an earlier season than the one cancelled, told as past, or beside a "
          "renewal in a decision's words (a revival) (``facts._returns_told_again``)",
          "Tovrel has cancelled Glass Harbor after two seasons. Fans had hoped the drama would "
          "return for a third season."),
    _rule("kind.planned_shoot_told_again", "renewed", "a headline's undated planned shoot "
          "read as the season's renewal (``kind.planned_shoot_is_renewal``) when the article "
          "dates that season's shoot in another line and tells its renewal nowhere else: the "
          "shoot told again, merged into it, not news of a decision "
          "(``facts._planned_shoots_told_again``; round 21)",
          "Glass Harbor to film season 2 in Lisbon || Filming on season 2 begins in March."),
    _rule("season.cancelled_before_revival", "cancelled", "a cancellation the sentence tells "
          "as what came before its renewal of the same show ('picked up X for a third season "
          "after Netflix cancelled it'): the earlier run's last season, the one before the "
          "renewed season",
          "Peacock picked up the drama Glass Harbor for a third season after Netflix "
          "cancelled it."),
    _rule("trigger.adapted_source_in_passing", ALL_KINDS, "round 38 (r38passing): the book "
          "a show adapts, named in passing in its description ('X, Hulu's adaptation of the "
          "best-selling novel, will premiere in February', 'based on the memoir by Ann Lee'), "
          "is no other work whose news the trigger tells: ``drop.excluded_context`` reads the "
          "clause without it; a film's or a stage version ('the film adaptation of the "
          "novel') keeps its own word (``patterns.ADAPTED_SOURCE_RE``)",
          "Marrowby, Kestrel's adaptation of the best-selling novel, will premiere in "
          "February."),
    _rule("trigger.new_episodes_of_told_season", "premiere", "a dated sentence that opens "
          "on 'the new episodes', names no show and no season, right after a sentence telling "
          "one show's numbered season to come (renewed, ordered, coming back; not on air): "
          "the new episodes are that season's premiere, not an aired season's next episodes "
          "(``drop.excluded_context`` spares them; round 33); up to two quiet sentences may "
          "stand between — no show, season, date, fact or airing of their own ('The cast is "
          "back.'; ``ArticleContext.told_sentence``, round 34)",
          "Glass Harbor is coming back for a third season. The new episodes arrive June 5."),
    _rule("drop.unevidenced_title", ALL_KINDS, "a title neither known, quoted nor given by "
          "the layout, named once with no season, kind of show, network, cast, episode or "
          "return ('X's return', round 34) beside it: the article never says it is a TV "
          "show (a film, a book, a company, a headline's words), so no fact is made of it "
          "(``evidence.py``)",
          "Glass Harbor was renewed for a second season, and Lantern Valley was cancelled."),
    _rule("list.status_verb_after", ALL_KINDS, "a list of two titles or more right "
          "followed by its own status verb ('have all been cancelled', 'will each premiere', "
          "'have both wrapped filming') speaks of every item as a show: a bare title of it "
          "needs no other evidence, nor one a quantified reference to the list stands for ('... "
          "A, B and C. All three were renewed') (``drop.unevidenced_title`` spares the facts "
          "of that sentence)", "Marrowby, Quillon and Tessendale have all been cancelled."),
    _rule("drop.film_article", ALL_KINDS, "an article mostly about a film states no TV facts",
          "The film wrapped production; the movie opens in theaters in May."),
    # --- titles (titles.py) ------------------------------------------------------------------
    _rule("title.keep", ALL_KINDS, "a span the text treats as a show (cue) and no veto",
          "Glass Harbor was renewed."),
    _rule("title.keep.strong", ALL_KINDS, "quoted, next to a season phrase, or after a "
          "network's possessive: kept whatever it looks like", "Atlanta season 4 premieres."),
    _rule("title.keep.time_word", ALL_KINDS, "a month, a season of the year or a holiday "
          "alone ('January', 'Winter', 'Easter'; never 'May', 'March', 'Fall') is a title where "
          "the text quotes it, gives it its own numbered season (not a year's: 'Winter "
          "Season 2025'), writes it after a kind of show ('its legal drama October for a "
          "ninth season', not 'a drama Christmas viewers loved') or as a decision's object or "
          "passive subject before 'for' ('renewed Spring for an eleventh season'), as a day "
          "is; round 32: after a kind of show before a relative clause of the show's life "
          "('the quiz show August that debuted in 2019'), after a network's possessive "
          "before the show's status ('Kestrel's June will return for a second series'; not "
          "'Kestrel's June lineup'); round 32 (r32calendar2): after a person's '-led', "
          "'-fronted', '-hosted' or '-helmed' before what follows a show's name ('the Ada "
          "Reyes-led October after one season'; not 'the Tovrel-led October summit'), or "
          "opening its clause (or after 'that') before \"won't return\", 'will not be "
          "back' ('October won't return for a third season'; not 'In October, Salt Road "
          "won't return', 'October will not be a good month')",
          "Marlowe Bay renewed its comedy Easter || Easter season 2 has started filming."),
    _rule("title.keep.the_time_word", ALL_KINDS, "round 39 (r39swapgap): a capitalised "
          "'The' and a month, a season of the year, a holiday or a weekday, nothing else, is "
          "a name where the text governs it as a show as it governs the word alone (a "
          "decision's object or passive subject with its season, a kind of show before it): "
          "prose writes 'the spring'", "Kestrel renewed The Spring for a third season."),
    _rule("title.keep.weekday_word", ALL_KINDS, "round 32: a day of the week alone is a "
          "title where the text quotes it, gives it its own numbered season ('Wednesday "
          "season 3', 'season 2 of Wednesday', 'Wednesday's second season'), makes it an "
          "active decision's object before the season decided ('Kestrel renewed Wednesday "
          "for a third season', 'cancelled Monday after two seasons'), a passive decision's "
          "or a return's subject opening its clause before its season ('Tuesday is coming "
          "back for a fifth season'), or a kind of show's name before a "
          "subject's verb ('the drama Wednesday has been renewed'); never after a passive "
          "verb ('Salt Road was renewed Monday for a third season'), 'on' or a time's word: "
          "prose writes a bare weekday as the day",
          "Kestrel has renewed Wednesday for a third season."),
    _rule("title.keep.time_end", ALL_KINDS, "a quoted title keeps a month or a day "
          "it ends on ('Marlow Friday'): the quotes say where it ends; so does a capitalised "
          "'The' inside the sentence right before it ('his show The June'); otherwise such a "
          "last word is the sentence's date", "Hulu renewed “Marlow Friday” for a second "
          "season, and cancelled The June."),
    _rule("title.keep.title_evidence", ALL_KINDS, "a name vetoed for its look (a person's, a "
          "lone first name, a place, a holiday) that the article writes as a show's title: at "
          "one mention of the body the subject of a decision with a season ('will be back for "
          "a second series', 'got renewed for a third season'; a full name needs the decision's "
          "own verb, not 'will return') or a decision verb's own object ('Kestrel cancelled "
          "X.'), and at no mention a person's name ('X said', 'X, who', 'starring X', 'host "
          "X', 'by X', 'X's Salt Road') (round 28, r28vetoes)",
          "Martha will be back for a second series on Kestrel."),
    _rule("title.keep.decision_noun", ALL_KINDS, "round 34 (r34vocab): a name vetoed for its "
          "look (a person's, a lone first name, a place, a holiday) that the body writes as a "
          "decision noun's object ('the cancellation of X', 'the renewal of the comedy X', 'a "
          "pickup for X', the clause going on as a show's) or owner ('X's renewal', 'X's "
          "cancellation'), and at no mention as a person's name "
          "(``shows.decision_noun_evidence``)",
          "Kestrel announced the cancellation of Maggie Stone."),
    _rule("title.keep.kind_named", ALL_KINDS, "round 34 (r34vocab): a name vetoed for its "
          "look (a person's, a lone first name, a place, a holiday) that the body writes right "
          "after a kind of show ('the drama X has started filming', 'Kestrel's comedy X was "
          "renewed'), the clause going on as a show's, and at no mention as a person's name "
          "(``shows.decision_noun_evidence``)",
          "The drama Maggie Stone has started filming in Belfast."),
    _rule("title.keep.show_position", ALL_KINDS, "round 34 (r34names): a name vetoed for its "
          "look (a person's, a lone first name, a place, a holiday) that the article writes in "
          "a place only a show takes: after a season or an episode of it ('season 2 of X', 'a "
          "second season of X', 'new seasons of dramas X and Y', 'the finale of X'; round 37: 'the "
          "reboot of X', 'a spin-off of X', 'the sequel to X'), or before "
          "what only a show does ('X premieres on Kestrel', 'X airs Fridays', 'X ran for three "
          "seasons', 'X is set in Lisbon'; lower case, so a sentence-case headline counts), and "
          "at no mention as a person's name (``shows.show_position_evidence``)",
          "Maggie Stone premieres on Kestrel on March 3, and fans of Maggie Stone cheered."),
    _rule("title.keep.headline_decision", ALL_KINDS, "round 35 (r35headlines): a name vetoed "
          "for its look (a person's, a lone first name, a place, a holiday) that the headline, "
          "in title case or not, writes as a decision's own: its subject with a season ('X "
          "Renewed For Season 3 At Kestrel', 'X Cancelled At Kestrel After Two Seasons'; a "
          "place's or a holiday's look also 'X Will Return For Season 3') or a network's "
          "decision verb's object ('Kestrel Scraps X After One Season', 'Kestrel Pulls The Plug "
          "On X'), no person's words between ('Jane Doe Axed From Salt Road After Two Seasons' "
          "is none), and at no mention as a person's name "
          "(``shows.headline_decision_evidence``)",
          "Havana Renewed For Season 3 At Kestrel"),
    _rule("title.keep.shared_decision", ALL_KINDS, "round 37 (r37names): a name vetoed for "
          "its look (a person's, a lone first name, a place, a holiday) that the body pairs "
          "with a title the article keeps as one subject of a decision ('Martha and Salt Road "
          "were cancelled', 'Salt Road and Lisbon received the go-ahead for full seasons'); a "
          "full name needs a decision's own verb and no cast's words around it; at no mention "
          "as a person's name (``shows.shared_decision_evidence``)",
          "Martha and Salt Road were cancelled after one season."),
    _rule("title.keep.aside_led", ALL_KINDS, "round 37 (r37names): a name vetoed for its "
          "look (a person's, a lone first name, a place, a holiday) that an appositive right "
          "after it calls a work led or made by people ('Martha, the Jane Doe-led take on an "
          "old myth', 'Lisbon, a Tom Vey-fronted panel show'), at no mention a person's "
          "(``shows.aside_evidence``)",
          "Martha, the Jane Doe-led take on an old myth, was axed after one season."),
    _rule("title.keep.quoted_time_word", ALL_KINDS, "round 37 (r37names): a calendar word "
          "vetoed as a time even when strong ('Weekend', 'Tomorrow', 'Yesterday', 'Fall', "
          "'Memorial Day') that the article quotes as a name, with no mention written as a "
          "time ('this Weekend', 'over the Weekend', 'Fall 2025') nor as a person's "
          "(``shows.quoted_time_words``)",
          "Kestrel has renewed \u201cWeekend\u201d for a third season."),
    _rule("title.keep.own_season", ALL_KINDS, "a name of ordinary words vetoed as a fact "
          "box's field label ('Country') or an event's name ('Brook Summit') that the article "
          "writes with a numbered season of its own: 'X season 2', 'X’s third season', "
          "'Season Three of \"X\"' (the headline counts for 'X Season 3' with two words or "
          "quotes), or as the subject of a decision with a season (a field label also as a "
          "decision verb's own object: 'Kestrel renewed Country, ...'); never where a mention is "
          "a label's lead ('X: ...') or a person's name, and a field label at a sentence's "
          "start only when quoted (round 29, r29words)",
          "Season Three of \"Country\" premieres in May on Kestrel."),
    _rule("title.keep.governed_place", ALL_KINDS, "a place alone that a status verb governs, "
          "as its object or its passive subject ('Ashby has been renewed', 'Hulu cancelled "
          "Ashby after two seasons'; not after 'in', 'at': 'filming in Ashby was cancelled') "
          "is a show: a city is not renewed; a one-word time ('Weekend') yields the same way, "
          "and a one-word place or first name right after a kind of show ('the sci-fi series "
          "Ashby, which ...', 'the comedy Ruby will premiere') is governed too, as is the "
          "subject of a production verb told of its own season ('Ashby has started filming its "
          "second season'; round 35, r35shoots)",
          "Tulsa was cancelled after two seasons. The sci-fi series Hazel returns in May."),
    _rule("title.keep.referred", ALL_KINDS, "a name with no cue of its own that a "
          "reference stands for: the next sentence, or the sentence's next clause, tells a "
          "status of 'the drama', 'the series', 'it' ('The drama has been renewed', 'Tovrel "
          "has renewed the drama', 'Its second season premieres', 'sad to see it "
          "cancelled') and names no title of its own; the name is the subject opening the "
          "sentence before ('Quillmarsh follows ...'), or, when that subject acts ('Tovrel "
          "has released ...'), its one other name, not a place's nor a list's; validated as "
          "any span, and the reference is its evidence of being a show (round 20)",
          "Quillmarsh follows two lighthouse keepers. The drama has been renewed for a "
          "second season."),
    _rule("title.keep.referred_after", ALL_KINDS, "a name with no cue of its own that a "
          "reference in the lead stood for before the article named any show: the sentence "
          "before tells a status of 'its fishing drama', 'the series', 'it' ('Kestrel has "
          "renewed its fishing drama for a third season', 'The series will premiere in May, "
          "Kestrel said') and names no show (a decider may open it, a teller or a day may "
          "follow); the name opens this sentence as the subject of its verb ('Salt Road, "
          "created by ..., follows'), alone, not a list nor someone acting; validated as any "
          "span, and the reference is its evidence of being a show (round 37)",
          "Kestrel has given its fishing drama a third season. Salt Road, created by Ann "
          "Leary, follows three sisters."),
    _rule("title.keep.slate_after", ALL_KINDS, "a name with no cue of its own in one of "
          "the three sentences after a status told of a count of an owner's shows ('Kestrel "
          "has renewed two of its dramas and cancelled a third', naming none of them; a "
          "decider may open it, a teller follow): the name that sentence opens on as its "
          "subject or sets against another ('Copper Vale, though, ...'), a list it opens on "
          "('Salt Road and Lantern House drew ...'), or one told 'as will X'; validated as "
          "any span, and the count is its evidence of being a show (round 38)",
          "Kestrel has renewed two of its dramas. Salt Road will return in May, as will "
          "Lantern House."),
    _rule("title.keep.referring_owner", ALL_KINDS, "round 41 (r41body): a name with no "
          "cue of its own right after a network's reference in the possessive ('the "
          "network's', 'the streamer's', 'the premium cabler's': "
          "showwords.REFERRING_POSSESSIVE_BEFORE_RE) is proposed as a title, as after "
          "'Kestrel's'; validated as any span (a day, a place, a person, a role stay vetoed)",
          "Kestrel has renewed its fishing drama for a third season. The streamer's Copper "
          "Vale, which follows two sisters, drew two million viewers."),
    _rule("title.keep.list_vouched", ALL_KINDS, "a name with no cue of its own that is an "
          "item of the same comma/'and' list of capitalised spans as a title the article "
          "quotes, heads, seasons or watches: a coordinated list is a unit, so its items are "
          "proposed as titles too; validated as any span (people, places, months and networks "
          "stay vetoed), within one sentence, never a cast list ('starring A, B and C') "
          "(round 40)",
          "Kestrel's fall slate holds 'Salt Road', Copper Vale and Lantern House."),
    _rule("title.keep.shoot_set", ALL_KINDS, "a name with no cue of its own told as the "
          "set a shoot is on, in a sentence about a shoot or a post from one ('on set', "
          "'filming', 'wrapped'): 'from the X set', 'on the X set in Sydney' ('the' and a "
          "preposition of place before it, 'set' after it, not 'set to' / 'set for'), or 'a "
          "photo from the set of X'; validated as any span, not after a person's words; the "
          "set is its evidence of being a show (round 39)",
          "'Back on set for series 4,' Orla Brenn posted, with a snap from the Salt Road set."),
    _rule("title.keep.counted_among", ALL_KINDS, "a name (or a list) counted among the "
          "shows a decision took: 'X is one of the shows Tovrel renewed', 'X and Y are "
          "among the dramas cancelled by Tovrel', 'X was one of five series that Tovrel "
          "renewed'; the count is its evidence of being a show, and a name between the "
          "plural and the verb decided (title.veto.relative_decider) (round 20)",
          "Quillmarsh is one of the shows Tovrel renewed on Thursday."),
    _rule("title.keep.counted_list", ALL_KINDS, "the names after a colon or a dash that a "
          "decision's count of shows announced ('cancelled two dramas: X and Y', 'Two "
          "comedies won't be back - X and Y', 'both of its new series: X and Y'); the count "
          "is their evidence of being shows, as a list of three's commas are (round 24)",
          "Tovrel cancelled two dramas on Friday: Quillmarsh and Salt Road."),
    _rule("title.keep.watched", ALL_KINDS, "on the watch list", "(config)"),
    _rule("title.keep.unknown", ALL_KINDS, "a title a listing line gave directly, not through "
          "title discovery", "Glass Harbor: NBC, June 20 (Thursday, 9 ET/PT)"),
    _rule("title.scorer.keep", ALL_KINDS, "the learned title scorer keeps a candidate the "
          "rules dropped", "(data/title_scorer.json)"),
    _rule("title.scorer.drop", ALL_KINDS, "the learned title scorer drops a candidate the "
          "rules kept", "(data/title_scorer.json)"),
    _rule("title.span.attested_head", ALL_KINDS, "the words before a preposition that "
          "open a title ('Return to', 'A Summer at') stay the title's when the article writes "
          "the whole name twice or more, once inside a sentence, and never the rest alone: "
          "the shorter name is a fragment", "Netflix renewed Return to Salt Creek. Return to "
          "Salt Creek stars Jane Doe."),
    _rule("title.span.attested_whole", ALL_KINDS, "a name with 'and' inside stays one title "
          "when the article writes it whole twice or more (or quoted), neither side alone and "
          "no plural verb after it: its sides are fragments, not two shows",
          "Blood and Bone in Tarrow has been renewed. Blood and Bone in Tarrow returns in May."),
    _rule("title.span.host_named", ALL_KINDS, "round 39 (r39swapgap): a show named for its "
          "host ('X with Y Z') stays whole, its short form an alias, when the article writes "
          "the name after 'with' as a person's (a role before it, a speech verb after it), "
          "whatever its words: the first-name list need not know the host",
          "Kestrel has renewed Late Hour with Wren Talley. Host Wren Talley said the show "
          "would go on."),
    _rule("title.span.item_time_word", ("renewed", "cancelled"), "round 37: a weekday or "
          "month inside a status item's span, joined to a title word with no separator "
          "(leading the item, or ending it after a title word, directly or after 'of', 'and', "
          "'&', 'with'; 'in' too before a verdict line's colon or dash), is the title's: "
          "the item's edges are its separators; an item with a digit keeps its time",
          "Tuesday Lemon: CANCELLED after two seasons. Salt Road: Renewed for Season 4"),
    _rule("title.span.item_tag", ("renewed", "cancelled"), "round 40: a name of one to "
          "three capitalised words in the parentheses that end a status item (no date in it) "
          "is the item's tag (its network or platform, known to the vocabulary or not), not a "
          "second title: the item keeps the title before it",
          "Copper Vale (Tovrel) – renewed. Ashford Lane (Tovrel) – cancelled"),
    _rule("title.span.owner_possessive", ALL_KINDS, "a possessive glued to a title's front "
          "by an owner no list knows ('Kaveh Brightwater's Salt Road') is the owner's when the "
          "article also writes the title alone: the title starts after it",
          "Kaveh Brightwater's Salt Road was renewed. Salt Road follows a family of sailors."),
    _rule("title.span.person_owner", ALL_KINDS, "an owner's possessive opening a span is a "
          "person's, the title starting after it, when the article uses the owner like a "
          "person elsewhere ('creator Kaveh Brightwater', 'Kaveh Brightwater said', a surname "
          "alone after its full name), whatever the first-name list says",
          "Netflix renewed Ostrava Quinn's Blood Orchard, Ostrava Quinn said."),
    _rule("title.span.owner_shape", ALL_KINDS, "an owner's possessive before a title is "
          "no title's when its shape says whose it is, whatever the lists know: capitals, a "
          "streamer's '+', a broadcaster's or company's word ('TV', 'Channel', 'Studios'), a "
          "name the article shows to be a network, or in a body's sentence a full name "
          "written only there whose surname the article writes alone (two or three name "
          "words, no rank, place or network among them, no person or season after it)",
          "Kestara TV's Salt Road and Nattie Vell's Orchard of Bells were renewed. Vell "
          "wrote both."),
    _rule("title.span.headline_phrase", ALL_KINDS, "a title-case headline's phrase whose "
          "object is the show ('Passes On', 'Curtains For', 'Cast in', 'More' after a verb, "
          "'For' after a season phrase) is no word of the title after it; a role noun "
          "before a verb ('X Star Returns') and a season phrase's words before 'Season' ('X "
          "For A Third Season') none of the title before them; a hyphenated decision before "
          "it ('Now-Cancelled X') no word of it and its cue, as 'the now-cancelled X' is; a "
          "verb whose object follows the show ('X Adds Jane Doe') none of it; a kind of show "
          "after it ('X Revival Premieres', 'X Limited Series') none of it and its cue; a run "
          "ends before a preposition or a verb phrase where the title the body writes ends "
          "('For X At Brightwave' over 'X follows'); praise before it ('Cult Hit X', "
          "'Emmy-Winning X') none of it and its cue; unless the body writes the run whole "
          "(round 17)", "Brightwave Passes On Harrow Lane Season 3"),
    _rule("title.span.headline_clauses", ALL_KINDS, "a title-case headline run holding a "
          "conjunction ('As', 'While', 'Amid', 'But') before a capitalised clause with its own "
          "verb is two: the title before it, the next clause's subject after it (round 17)",
          "Brightwave Renews Harrow Lane As Tin Kettle Star Exits"),
    _rule("title.span.headline_conjunction", ALL_KINDS, "round 40 (r40found): a headline "
          "run ending on a clause conjunction ('But', 'As', 'While', 'Amid') the next clause's "
          "verb left in it loses the conjunction, and a run 'But' or 'Amid' opens is the next "
          "clause's subject without it, unless the body writes the run whole",
          "Kestrel Renews Salt Road But Axes Copper Vale"),
    _rule("title.span.owner_named_title", ALL_KINDS, "round 40 (r40found): a person's "
          "possessive before one word is the title's own ('Ann Lee's Kitchen', not Ann Lee's "
          "kitchen) where the body writes the whole name twice or more and never the word on "
          "its own; a creator's show is named alone somewhere, and one mention stays cut",
          "Kestrel has renewed Ann Lee's Kitchen. Ann Lee's Kitchen returns in May."),
    _rule("title.span.headline_determiner", ALL_KINDS, "round 39 (r39headcase): in a "
          "title-case headline every word is capitalised, so a run a determiner opens ('Its', "
          "'Their', 'Another', 'Other', 'The Network's') is the headline's description, not a "
          "title, unless the body writes the run whole or the headline quotes it; the run "
          "keeps its longest tail the body writes whole, or is dropped",
          "Kestrel Renews Salt Road, Cancels Its Other Drama, Copper Vale"),
    _rule("title.span.season_noun", ALL_KINDS, "round 39: a streamer's season noun and "
          "its number glued to a name ('X Book Two', 'X: Collection 4', 'X Volume 3', 'X Vol. "
          "2', 'Ward 13 Part 3') end the title before the noun: the name is the show (a "
          "season phrase beside it), the noun's number its season (season.noun_after_name); "
          "'X Book 2' is no book; a game's 'Chapter 5 Season 3' is no season noun",
          "Copper Vale Book Two begins filming in Belfast on Monday."),
    _rule("title.span.short_year", ALL_KINDS, "round 39: a year's two digits after an "
          "apostrophe end the title they follow ('Class of '09', 'Bay '94'), not a quote "
          "opening the next name",
          "Kestrel has cancelled Class of '09 after one season."),
    _rule("title.evidence.version_of", ALL_KINDS, "round 39: a country's, a language's or "
          "a network's version of a show before its name ('the US version of X', 'the "
          "British remake of X', 'the Australian edition of X'; not 'the film version of "
          "X'): X is a show's format, the version's facts X's (showwords.VERSION_OF_BEFORE_RE)",
          "The Australian edition of Salt Road has been cancelled by Tovrel."),
    _rule("title.evidence.series_label", ALL_KINDS, "round 39: a listing's label of a "
          "season's event opening the sentence before the name ('Series premiere: X returns "
          "...', 'New series: X', 'Season finale: X'; showwords.SERIES_LABEL_BEFORE_RE): X is "
          "a show", "Series premiere: Salt Road returns to Tovrel on 14 September."),
    _rule("season.uk_series_premiere", ("premiere",), "round 39: 'series premiere' in a "
          "sentence of a return ('Series premiere: X returns to Kestrel ...') is the UK "
          "press' season premiere, not the show's first season "
          "(season.first_season_in_sentence gives no season 1)",
          "Series premiere: Salt Road returns to Tovrel on 14 September."),
    _rule("title.span.described_number", ALL_KINDS, "a number after a title is the "
          "title's own when the body describes the show by that name ('X 13 follows', 'X 13 "
          "is a drama', 'X 13, the hospital drama', 'stars in X 13,'; not 'X 4 was a hit'): "
          "no season is meant; "
          "the headline's 'X 13' is then the same title (round 17)",
          "Harrow 13 follows two nurses. (headline: Harrow 13 Renewed)"),
    _rule("title.span.never_season_number", ALL_KINDS, "round 35: a number of 40 to 9999 "
          "right after a title, no unit, count noun or time after it and not a year, is the "
          "title's own wherever it stands, no season phrase needed: the season reading takes "
          "1-39 only, so 'Area 51' was cut to 'Area' (a year joins a title only beside a "
          "season phrase: 'Dallas 1999 season 2', 'renewed Dallas 1999 for a third season')",
          "The Kestrel drama Ward 402 will premiere on March 3, 2027."),
    _rule("title.span.never_bare_number", ALL_KINDS, "round 39: a number of 1 to 39 right "
          "after a name that the article (headline and body) never writes without that number "
          "is the title's own, no season ('Kestrel cancelled Route 9.'); where the name stands "
          "alone elsewhere ('Glass Harbor 4 wrapped. Glass Harbor returns in May.') the number "
          "stays the season (``shows._never_bare``)",
          "Kestrel has cancelled Route 9 after one run."),
    _rule("title.span.number_beside_season_told", ALL_KINDS, "round 36: a number of 1 to "
          "39 right after a title is the title's own when the sentence tells the season "
          "otherwise right after it: a count of seasons more a few plain words on ('X 9 has "
          "been renewed for two more seasons', 'renewing it for a further two series', 'a "
          "two-season renewal') or a season phrase opening the next clause after a colon or "
          "comma ('X 9 is back: a third season ...', 'X 9, series three is confirmed'); never "
          "both a title's number and a season (``shows._season_told_after_number``)",
          "Tovrel has renewed Harbour 7 for a further two series."),
    _rule("title.span.opener_modifies_noun", ALL_KINDS, "round 36: a sentence's opening "
          "word before a plural noun and its verb ('Viewing figures fell', 'Streaming "
          "numbers have risen') is no subject a reference in the next sentence ('the drama') "
          "stands for: the noun phrase is the subject, the capital the sentence's "
          "(``shows._NOUN_HEAD_AFTER_RE``; 'Havana follows two sisters' keeps its subject)",
          "Lisbon follows two sisters. Streaming numbers fell. The drama has been axed."),
    _rule("title.keep.season_clause_after", ALL_KINDS, "round 36: a name the next clause's "
          "season follows after a colon or comma, its verb next ('Lisbon is back: a third "
          "season has been confirmed', 'for fans of Lisbon, series three is confirmed') is "
          "cued as by a season phrase, so a one-word title is kept (not after a place's "
          "preposition; an apposition 'X, a new season of ...' is no clause)",
          "Good news for fans of Lisbon: a second season is being made."),
    _rule("title.alias", ALL_KINDS, "another name the text gives a show: its facts go to the "
          "show's title", "Salt Road, or Camino de Sal, was renewed."),
    _rule("title.alias.renamed", ALL_KINDS, "round 41: a name the text says the show goes by "
          "(a rename: 'X, formerly known as Y', 'Y, now titled X', 'Y will now be called X', "
          "'retitled Y as X'; a UK/US pair: 'X, which airs in Britain as Y', 'X (or Y, as UK "
          "viewers know it)'; a season's subtitled name: 'X: Sub, the second season of X') is "
          "an alias the facts carry (``Fact.also``) and the state store learns, so a later "
          "article under either name lands on the same season (``shows.renamed_aliases``)",
          "Ashford Lane, formerly known as Lodestar, has begun filming its second season."),
    _rule("title.own_show.decided", ALL_KINDS, "round 37: a known show's subtitled name that "
          "a body sentence's decision takes ('Kestrel has cancelled Salt Road: Origins', "
          "'Salt Road: Origins has been axed') is a show of its own, a spin-off, never an "
          "episode or a part of the known show (``shows._own_shows``); so is one set beside "
          "its kin noun ('Salt Road: Origins, the prequel to Salt Road,')",
          "Kestrel has cancelled Salt Road: Origins, though Salt Road carries on."),
    _rule("title.alias.shared_label", ALL_KINDS, "round 33: a name set beside two titles "
          "found or more as their other name ('Cancelled: Salt Road (Kestrel)', 'Renewed: "
          "Lantern House (Kestrel)') is a label the lines share, a network's, never an alias: "
          "it joins no two shows into one, and each line's decision stays its own title's "
          "(``shows._without_shared_labels``)",
          "Cancelled: Glass Harbor (Tovrel). Renewed: Lantern Valley (Tovrel)."),
    _rule("title.span.slug_calendar_edge", ALL_KINDS, "round 41 (r41names): a title the "
          "text writes inside a longer capitalised name whose added words hold a calendar word "
          "('The Ruby of Sunday', 'Summer To Vincent'), where the URL's slug spells that longer "
          "name whole next to a status or season word ('summer-to-vincent-series-2'), is the "
          "longer name: the calendar word is the title's, not the sentence's date; never across "
          "'and' (a slug's 'a-and-b-renewed' names two shows as often) (``shows.slug_edged``)",
          "Summer To Vincent will return for a second series. || "
          "https://example.test/summer-to-vincent-series-2-confirmed"),
    _rule("title.keep.listed_with_show", ALL_KINDS, "a name listed beside a show is a show; "
          "round 34: the towns of a list of three items or more a decision governs are shows "
          "with no other show beside them ('renewed Lisbon, Havana and Dallas')",
          "New seasons of Glass Harbor and Luke Tanner are coming."),
    _rule("title.span.listed_pair", ALL_KINDS, "round 29: inside a list, a name of one or two "
          "words opening on a first name or a calendar word and no place itself, a comma, then "
          "a place ('Martha, Lisbon', 'Summer Gate, Havana') is two items, not a town and its "
          "region; a first name that is a place too ('Austin, Texas') keeps the pair",
          "Tovrel cancelled the shows Salt Road, Martha, Lisbon and Rosa Hazel."),
    _rule("title.keep.kind_list", ALL_KINDS, "round 29: an item of a governed list that a "
          "plural kind of show heads right before its first item ('four shows:', 'the rookie "
          "series', 'several dramas, including') is a show whatever its look: the person, "
          "place, first-name and holiday vetoes yield (a network's does not; nor when a verb of "
          "people or a possessive follows the last item, 'the series Ada Lin and Tom Vey star "
          "in'); round 32: a participle opening a clause after the list (', leaving just X', "
          "', meaning X') ends it there, no joint to another item ('the original shows "
          "Lisbon, Martha Gus and April Rose, leaving just Salt Road ...')",
          "Tovrel cancelled four shows: Lisbon, Martha, Rosa Hazel and Salt Road."),
    _rule("list.govern.far_kind_head", ALL_KINDS, "round 30: a list whose plural kind of "
          "show heads it right before its first item is governed by a decision's own verb or "
          "idiom standing before the head in the same clause, farther than the governor's "
          "four words ('ordered second seasons of the rookie series A, B, C and D'), idioms "
          "written with spaces as their one-word forms ('gave the green light to fresh runs "
          "of the dramas A and B'); under a plural-only kind ('the dramas', not 'the series') "
          "a span 'A and B' the list stops at is two shows. The items then stand under the "
          "kind head's rule (title.keep.kind_list); cast lists, a verb of people or a "
          "possessive after the list refuse it. Round 31: the decision's object must lead on "
          "to the shows — a season, a run, a kind of show, a count of them; a noun of its own "
          "before a preposition ('cancelled plans for spin-offs of the dramas A and B', 'axed "
          "a deal for the sitcoms A, B and C') governs no list, here or right before the list "
          "(``lists.object_breaks``; the fact itself: drop.decision_on_another_thing)",
          "Tovrel ordered second seasons of the rookie series Lisbon, Martha Gus and Salt "
          "Road."),
    _rule("title.span.kind_listed_pair", ALL_KINDS, "round 31: in a list a plural-only kind "
          "of show heads ('the dramas Salt Road, Lisbon and Havana'), a name of two words or "
          "more, no place itself, then a comma and a place, the list going on past the place "
          "with its joiners, is two of the list's items, not a town and its region; a one-word "
          "name keeps the pair ('Tarrow, Nevada'), as does 'the series' (one title may follow "
          "it); round 32: a network's word glued before a one-word name is the name's first "
          "word ('the dramas Fox Harbor, Lisbon and Havana') (``lists.plural_kind_heads``)",
          "Tovrel greenlit fresh runs of the dramas Salt Road, Lisbon and Havana."),
    _rule("title.span.holiday_tail", ALL_KINDS, "round 35: a holiday a time's preposition "
          "governs at the end of an unquoted span ('on Christmas Day', 'over Christmas', 'by "
          "New Year's Eve', 'this Thanksgiving'; ``shows._HOLIDAY_TAIL_RE``) is the sentence's "
          "date, cut from the name the span gives (a quoted title keeps it)",
          "Kestrel will premiere the second season of Lantern House on Christmas Day."),
    _rule("title.span.count_no_item", ALL_KINDS, "round 35: in a list a status phrase "
          "governs, a number alone that a count noun follows ('episodes', 'seasons', "
          "'viewers', 'million viewers', 'hours' ...; ``shows._COUNT_NOUN_AFTER_RE``) counts "
          "something the clause tells, a milestone or a total, and is no item: no title "
          "(a number alone with no count after it, '1899', stays an item)",
          "Kestrel renewed Lantern House for a sixth season, taking it past 100 episodes."),
    _rule("title.span.list_ends_before_clause", ALL_KINDS, "round 32: a list a decision "
          "governs from before its first item ends before a last item joined by ', and' / "
          "'and' that a verb of its own follows ('said', 'called', 'will', 'is', "
          "'announced', 'told' ...; ``lists._ITEM_OWN_VERB_AFTER_RE``): that capitalised run "
          "is the subject of a new clause (an executive with a job title, a person, a "
          "network's label), no show the decision takes; not when the list's status follows "
          "('... and C were renewed') nor 'all' / 'each' / 'both' ('... and C will all "
          "return': a subject list)",
          "Kestrel renewed Salt Road and Copper Vale, and Tovrel Studios Chief Ada Lin said "
          "more news is coming."),
    _rule("title.span.governed_listed_pair", ALL_KINDS, "round 32: in a list a decision "
          "governs (a governing phrase right before it, a status right after it, a far kind "
          "head or an 'all' decision with a season; ``lists.decision_governs_list``), a name "
          "of two words or more, no place itself, then a comma and a place, the list going on "
          "past the place with its joiners, is two of the list's items, not a town and its "
          "region; a one-word name keeps the pair ('Tarrow, Nevada'), as do a place the text "
          "ties to a show (a filming or setting phrase, a dateline, the place's possessive) "
          "and a list 'the series' heads (one title may follow it)",
          "Tovrel renewed Salt Road, Lisbon and Havana for new seasons."),
    _rule("title.span.listed_towns", ALL_KINDS, "round 32: inside a list (the list goes on "
          "past the place or came to the name with a comma), a place or a one-word name, a "
          "comma, then a place that is no region (no country, US state, Canadian province, UK "
          "nation or Australian state: a town) are two of the list's items: a town is named "
          "with its region after the comma ('Lisbon, Portugal', 'Roswell, New Mexico' stay "
          "one name), never with another town",
          "Kestrel renewed Salt Road, Lisbon, Havana and Lantern House for new seasons."),
    _rule("title.span.kind_before_series", ALL_KINDS, "round 41 (r41shapes): in a "
          "title-case headline, 'Limited' alone before 'Series' ('Kestrel Orders Limited "
          "Series Salt Road') is the format's word, not a title, and so is a one-season format "
          "opening a run after an order verb ('Greenlights Docuseries Quillmarsh', "
          "'Commissions Miniseries Salt Road'): the show is the name after it, the verb's "
          "object", "Kestrel Orders Limited Series 'Salt Road' From Dana Holt"),
    _rule("title.span.headline_credit_tail", ALL_KINDS, "round 41 (r41shapes): a title-case "
          "headline's run after an order verb ('Orders', 'Greenlights', 'Commissions', 'Picks "
          "Up') loses the credit it ends with ('From' and one to three capitalised words): "
          "the show comes from its makers; a run the body writes whole is left",
          "Kestrel Orders Limited Series Salt Road From Dana Holt"),
    _rule("title.span.month_named_mid", ALL_KINDS, "round 41 (r41shapes): a span inside its "
          "sentence opening with a capitalised 'May' and a capitalised name word ('renewed May "
          "Day Street', 'the cast of May Harbour') keeps 'May' as its title's first word, as "
          "another month is kept: capitalised inside a sentence it is no modal; a sentence or "
          "a headline opening on it is left as it was",
          "Kestrel has renewed May Day Street for a second season."),
    _rule("title.span.weekday_of_name", ALL_KINDS, "round 31: a span opening with a "
          "capitalised weekday, a lower-case 'of' and a capitalised name that is no calendar "
          "word and no time ('Friday of Marlow', 'Saturday of Copper Vale') keeps the weekday "
          "as its title's first word, as date.calendar_word_before_of_name reads it; not "
          "'the Friday of Thanksgiving Week' (a day, a week or 'the' after 'of')",
          "Kestrel renewed the comedies Salt Road, Copper Vale and Sunday of Marlow."),
    _rule("title.span.weekday_time_name", ALL_KINDS, "round 32: a span opening with a "
          "capitalised weekday, a capitalised time of day (Night, Morning, Evening) and a "
          "capitalised name word that is no calendar word, no time, no network and no word of "
          "a schedule ('Friday Night Harbor', 'Monday Morning Harbor') keeps the weekday as "
          "its title's first word; not 'Friday Night' alone, 'Friday Night Premiere', "
          "'Friday Night With ...' or a heading's 'Returns Friday Night On Kestrel'",
          "Tovrel announced that Friday Night Harbor will return for a fourth season."),
    _rule("title.span.list_item_time_tail", ALL_KINDS, "round 31: an inner item of a "
          "governed list (neither its first nor its last) of two capitalised words or more "
          "that ends on a month or a day keeps that word ('Havana, Mabel Tuesday and Lantern "
          "House': the list goes on after it with its joiners, so the word ends the item's "
          "title, not the sentence's time; date.calendar_word_ends_list_item reads it so)",
          "Kestrel has renewed the sitcoms Salt Road, Mabel Tuesday and Copper Vale."),
    _rule("title.keep.decided_object_list", ALL_KINDS, "round 41 (r41names): an item of a "
          "list of three or more that a decision right before it takes as its object "
          "('Kestrel has cancelled Hazel, Louis, Rosa and The Weekend') is a show whatever its "
          "look: the person, place, first-name and holiday vetoes yield; not where another "
          "item is vetoed for anything else (a network, a role), nor a cast's list",
          "Kestrel has cancelled Hazel, Louis, Rosa and The Weekend."),
    _rule("title.keep.decided_list_calendar_item", ALL_KINDS, "round 41 (r41names2): a "
          "lone calendar word (a weekday, a month, a season of the year, a holiday) that is "
          "an item of a list a decision governs (its object right after the decision, its "
          "subject right before a status, or 'all'-decided), its items joined by list "
          "joiners alone, another item a plain title, no people's verb after the list, is a "
          "show's name, not the sentence's time; the first item only right after the "
          "decision ('Following its premiere in January, Glass Harbor was renewed' dates it)",
          "Kestrel has renewed Salt Road, Winter and Copper Vale for new seasons."),
    _rule("title.keep.all_decided_list", ALL_KINDS, "round 30: an item of a subject list "
          "of three or more whose decision with a season 'all', 'each' or 'both' gives every "
          "item ('A, B and C have all been renewed for new seasons', '... will each be back "
          "for a second season') is a show whatever its look, as under a kind head: the "
          "person, place, first-name and holiday vetoes yield; a return with no decision's "
          "own verb ('will all return') only with no cast's words around the list; not a "
          "season 'of' another show, nor a verb of people or a possessive after the list. "
          "Round 31: a return with no season or year ('are all coming back', 'will all "
          "return') counts under a plural kind of show set before the list with a comma ('the "
          "rest of the superhero shows, A, B and C are all coming back'), not a kind a noun "
          "of its own belongs to ('the writers of the comedies, A, B and C')",
          "Martha Gus, Lisbon, Rosa Hazel and Salt Road have all been renewed for new "
          "seasons."),
    _rule("title.keep.aside_kind", ALL_KINDS, "round 30: a name vetoed for its look (a "
          "person's, a lone first name, a place, a holiday) that a closed appositive right "
          "after it calls a kind of show: 'X, the Kestrel drama from Tovrel Studios,', 'X, a "
          "comedy about two sisters,' (the kind the appositive's head within four words, no "
          "preposition before it, no possessive or noun after it: not 'the drama's creator', "
          "'a comedy writer'); at no mention a person's name ('X, who', 'X said'); a lone "
          "calendar word before such an appositive and a status verb is a title too ('Friday, "
          "the Kestrel sequel to the old film, has been cancelled'; not after 'on', 'by' ...)",
          "Havana, the Kestrel drama from Tovrel Studios, has been renewed for a third season."),
    _rule("title.keep.aside_decision", ALL_KINDS, "round 30: a name vetoed for its look whose "
          "decision with a season stands past an aside that is no person's: where the show is "
          "seen ('X, seen on Kestrel,', 'X, now streaming on Tovrel,') or a 'which' clause, "
          "then the decision ('has been cancelled after four seasons', ', which has been "
          "renewed for a second season'); at no mention a person's name; a full name needs the "
          "decision's own verb", "Stella, seen on Kestrel, has been cancelled after four "
          "seasons."),
    _rule("title.veto.network", ALL_KINDS, "a network, studio, streamer or outlet: one the "
          "lists know, or a name the article itself uses as one ('Tovrel has canceled the "
          "drama', 'premiered on Tovrel', 'renewed at Tovrel', 'canceled by Tovrel', "
          "'Tovrel's biggest series', 'streamer Tovrel')", "Cinemax renewed the drama."),
    _rule("title.veto.role_announcer", ALL_KINDS, "a name the article makes an announcer: "
          "the subject of announced / confirmed / revealed / unveiled before a time, 'that' or "
          "an object, or of released / dropped / shared the trailer, teaser, premiere date or "
          "schedule; a network or a person, never written as a show elsewhere (round 20, "
          "r20names, ``titles.ROLE_SHAPES``)",
          "Tovrel announced on Monday that the drama has wrapped."),
    _rule("title.veto.role_company_post", ALL_KINDS, "a name with a company's post: 'Tovrel "
          "CEO', 'Tovrel president', 'Tovrel executives', 'Tovrel's head of scripted' (not "
          "'boss', 'chief' or 'executive producer', which a show has too) (round 20, "
          "r20names)", "said Mara Quell, Tovrel's head of scripted."),
    _rule("title.veto.role_maker", ALL_KINDS, "a name that makes or owns shows: 'the hit "
          "series from Tovrel', 'the Kestrel-produced drama', 'any Tovrel original series', "
          "'Tovrel originals' (round 20, r20names)", "the Kestrel-produced drama"),
    _rule("title.veto.role_platform", ALL_KINDS, "a name where shows air: 'premieres "
          "tonight on Tovrel', 'will return on Tovrel', 'seen on Tovrel', 'available on', "
          "'the Tovrel network', 'Tovrel's streaming service' (round 20, r20names); round 38: "
          "'Tovrel, (the) home of Glass Harbor, ...', the home of a show is where it airs",
          "Glass Harbor premieres tonight on Tovrel."),
    _rule("title.veto.role_person", ALL_KINDS, "a name the article gives a person's speech "
          "or credit: ', said Mara Quell', 'Mara Quell said in a statement', 'Mara Quell, who "
          "plays', 'created by', 'executive producer Mara Quell', 'The show's creators, Mara "
          "Quell and ...'; never written as a show elsewhere (round 20, r20names)",
          "\"It was a joy,\" said Mara Quell."),
    _rule("title.veto.role_modifier", ALL_KINDS, "a name before a kind of show and its "
          "quoted title ('the Mara Quell drama “Glass Harbor”', 'the Tovrel comedy \"Glass "
          "Harbor\"'): it qualifies the show, so it is a person or a network (round 20, "
          "r20names)", "the Mara Quell drama “Glass Harbor”"),
    _rule("title.veto.role_decider", ALL_KINDS, "the subject of a perfect or adverbed "
          "decision with a named object ('Tovrel has cancelled Glass Harbor', 'Tovrel formally "
          "renewed “Glass Harbor”') or of an order of seasons ('Tovrel orders another series "
          "of'), never written as a show elsewhere (round 20, r20names)",
          "Tovrel has cancelled Glass Harbor."),
    _rule("title.veto.decider", ALL_KINDS, "the subject of an active renew, cancel, order "
          "or pick-up with an object, never written with a season or as such a verb's object: "
          "it decides about shows, so it is a network or a studio",
          "Kestrel renews two dramas || Kestrel renewed Glass Harbor and cancelled Salt Road."),
    _rule("title.veto.season_announcer", ALL_KINDS, "the subject of an active confirm, "
          "announce, unveil or premiere whose object is a season ('confirmed a third season "
          "of', 'will premiere the third season of'), never written with a season of its own: "
          "it hands out or airs seasons, so it is a network or a studio (round 18)",
          "Kestrel confirmed a third season of Glass Harbor."),
    _rule("title.veto.decider_past_aside", ALL_KINDS, "round 29: the subject of an active "
          "renew, cancel, order or pick-up with an object, a sentence adverb set off by commas "
          "between them ('Tovrel, meanwhile, has cancelled ...', ', for its part,', ', in "
          "turn,'): a network or a studio, no show", "Tovrel, meanwhile, has cancelled Salt "
          "Road."),
    _rule("title.veto.decider_other_words", ALL_KINDS, "the subject of a decision told "
          "in other words, with a show as its object: a renewal declined ('has opted not to "
          "renew', 'decided against renewing', 'declined to renew'), a run extended ('has "
          "extended the run of'), a return confirmed ('confirmed X will return'); never "
          "written with a season of its own: it decides, so it is a network or a studio "
          "(round 19, s19left)", "Kestrel has opted not to renew Glass Harbor."),
    _rule("title.veto.relative_decider", ALL_KINDS, "the subject of a relative clause's "
          "renew, cancel, order or pick-up whose object is the show before it ('Copper Vale, "
          "which Kestrel cancelled in May', 'a drama Kestrel renewed last year'; round 20: a "
          "plural's too, 'one of the shows Kestrel renewed on Thursday'), never "
          "written with a season of its own: it decides, so it is a network or a studio, and "
          "the decision is the antecedent's (round 19)",
          "Glass Harbor was renewed, unlike Copper Vale, which Kestrel cancelled in May."),
    _rule("title.veto.organisation", ALL_KINDS, "a company's or a network's name: a word of "
          "one anywhere ('Studios', 'Network', 'Inc.'), or its last word without a strong cue "
          "('Productions', 'Media')", "Tin Roof Studios renewed its deal with Glass Harbor."),
    _rule("title.veto.headline_clause", ALL_KINDS, "a headline's clause or a label's line "
          "taken for a name: a label before a colon ('Roundup: ...'), a network then a verb "
          "('Syfy Seems to Be Slipping')", "Roundup: Syfy Seems to Be Losing Ground Again"),
    _rule("title.veto.award_or_post", ALL_KINDS, "an award's category ('Best Comedy Series', "
          "'Outstanding Lead Actor') or a post in a company ('President of Original "
          "Programming', 'Head of Comedy')", "Glass Harbor won Best Drama Series in 2023."),
    _rule("title.veto.holiday", ALL_KINDS, "a day of the calendar ('Thanksgiving', 'Memorial "
          "Day Weekend', 'Easter Sunday'): a time, no title; round 38: a one-word day before a "
          "channel no list holds, in a return's or a premiere's schedule phrase closing its "
          "clause ('X premieres Christmas on Kestrel.'; not 'Kestrel premieres Christmas on "
          "Mistletoe Farm on December 5')",
          "Glass Harbor returns after Thanksgiving."),
    _rule("title.veto.hype_word", ALL_KINDS, "a headline's adjective before a season, alone "
          "('Epic Season 2 On The Way', 'Explosive Season 3 Trailer')",
          "Glass Harbor Wraps Filming, Epic Season 2 On The Way"),
    _rule("title.veto.place", ALL_KINDS, "a country, state, city or region",
          "Filming began in Scotland."),
    _rule("title.veto.nationality", ALL_KINDS, "a nationality or language",
          "The Spanish drama returns."),
    _rule("title.veto.person_name", ALL_KINDS, "a common first name then a surname",
          "The comedy comes from creators Alan Brooks and Jenna Hart."),
    _rule("title.veto.person_context", ALL_KINDS, "used like a person ('X said', 'star X')",
          "Jenna Hart said the show was renewed."),
    _rule("title.veto.surname", ALL_KINDS, "the surname of a full name the text gives",
          "Jenna Hart ... Hart said."),
    _rule("title.veto.pronoun", ALL_KINDS, "a pronoun contraction", "They'll return."),
    _rule("title.veto.adverb", ALL_KINDS, "a lone sentence adverb",
          "Unofficially, the comedy is done."),
    _rule("title.veto.other_work_title", ALL_KINDS, "a title whose last words name another "
          "medium's work: a podcast or an after-show ('Harrow Lane Podcast'), or a subtitle "
          "naming the work's kind after a colon ('Harrow Lane: The Musical', ': The Official "
          "Game', ': The Tour'), quoted or not (round 19)",
          "Harrow Lane: The Official Podcast returns for a second season on June 4."),
    _rule("title.veto.event", ALL_KINDS, "an event's name: it ends with its kind (data)",
          "Netflix renewed the drama at its Winter Press Tour."),
    _rule("title.veto.description", ALL_KINDS, "a description ending in a plural kind of show",
          "The network renews Original Comedies Salt Road and Tin Roof."),
    _rule("title.veto.count_of_rest", ALL_KINDS, "a count of a headline's other shows "
          "('Three Others', '4 More'): no title (round 19)",
          "Vantor Axes Iron Bay, Deep Water and Three Others"),
    _rule("title.veto.first_name_or_initials", ALL_KINDS, "a lone first name or 2-3 capitals",
          "Jenna returns; the MCU grows."),
    _rule("title.veto.section_label", ALL_KINDS, "a word that heads a section or leads a line "
          "without naming a show (data)", "Update: the drama was renewed."),
    _rule("title.veto.sports", ALL_KINDS, "a sports broadcast (its words are data)",
          "Sunday Night Football's season kicked off on Thursday."),
    _rule("title.veto.other_work", ALL_KINDS, "the text calls it a film, podcast, game, book, "
          "song, studio ... (before it, in its apposition, after it at every mention, a game's "
          "season; round 38: 'the X after-show', 'the X aftershow', 'the X companion series') "
          "and never shows it to be a TV show",
          "The podcast Salt Road returns for a third season."),
    _rule("title.veto.season_name", ALL_KINDS, "a season's, a part's or an episode's own "
          "name ('season 2, subtitled X', 'the finale, titled X'), never shown to be a show",
          "Glass Harbor season 2, subtitled 'Tides of Ash', premieres on June 14."),
    _rule("title.veto.common_word", ALL_KINDS, "one word the text also writes in lower case and "
          "never capitalises inside a sentence", "Other services will stream the series."),
    _rule("title.veto.fronted_phrase", ALL_KINDS, "one word opening its sentence at every "
          "mention before a subjectless phrase of time or sequence closed by a comma and a "
          "capitalised subject ('Days after being renewed', 'Fresh off its renewal', 'Newly "
          "renewed'): the capital is the sentence's, the event the subject's (round 25, "
          "s25second)",
          "Days after being renewed for a second season, Glass Harbor began filming."),
    _rule("section.item_own_verdict", ("renewed", "cancelled"), "a heading-less round-up "
          "(three short decorated item lines in a row or more; two when each states its own, "
          "round 34): an item whose own decoration states a decision has it, unhedged and not "
          "left open (round 33, r33headline); round 34 reads 'coming back', 'returning' and "
          "'back for' (no day, month, year or season of the year after them), 'won't be back', "
          "'bit the dust', 'got the axe' as verdicts",
          "Salt Road (Kestrel) – cancelled after two seasons || Lantern House (Kestrel) – "
          "renewed for season three || Copper Vale (Tovrel) – cancelled"),
    _rule("section.headline_items", ("renewed", "cancelled"), "a heading-less round-up's "
          "item with no decision of its own takes the one decision the headline tells over "
          "plural shows; an item whose line leaves it open ('still awaiting a decision', 'on "
          "the bubble') or hedges takes none (round 33, r33headline)",
          "Kestrel Cancels Three Dramas (headline) || Salt Road (Kestrel) – two seasons || "
          "Lantern House (Kestrel) – one season || Copper Vale (Kestrel) – four seasons"),
    _rule("section.status_heading", ("renewed", "cancelled"), "a bulleted 'Title:' entry "
          "under a status heading has that status when its own text states none, with the "
          "seasons it says the show lasted", "Cancelled || • Salt Road: This legal drama lasted "
          "three seasons."),
    _rule("title.veto.headline_fragment", ALL_KINDS, "title-case words of the headline the body "
          "never names, the headline does not quote and the slug does not spell",
          "Glass Harbor Canceled: Fans React To News (headline)"),
    _rule("title.veto.scare_quote", ALL_KINDS, "a quoted name of one or two words right "
          "after a linking verb or 'so-called' at every quoted mention ('Shows That Are "
          "'Doomed'', 'the finale felt “Rushed”'; not after 'called', 'titled', nor where the "
          "subject is the show or its name: 'the new drama is “Nightjar”'), never given a "
          "season, a kind of show or a decision: scare quotes, no title (round 21, r21names)",
          "Glass Harbor was renewed. Read more: 15 Dramas That Seem 'Doomed' (or Cancelled)"),
    _rule("title.veto.group_of_people", ALL_KINDS, "a name of two words or more written "
          "only after 'the' (lower case inside a sentence at least once) with a plural verb "
          "after it somewhere ('the Lantern Crew will return ... The Lantern Crew have been "
          "busy'), never given a season or a kind of show at it nor a decision: a cast's or a "
          "family's nickname, no title (round 21, r21names)",
          "Kestrel renewed Glass Harbor, and the Harbor Boys have started filming."),
    _rule("title.veto.headline_only", ALL_KINDS, "a name the headline alone writes as a "
          "name, kept by the headline's own cues only (its season phrase, its verb), whose "
          "words the body writes only in lower case, beside a show the headline and the body "
          "both name: title case made the headline's words look like a name, and the article's "
          "show is the one both name (round 22, r22names)",
          "Glass Harbor Returns With Vengeance Season 2 (headline) || Glass Harbor will return "
          "in June, and the new episodes are about vengeance."),
    _rule("title.head_of_subtitled_title", ALL_KINDS, "a show named by the head of a "
          "subtitled title the article gave first ('Salt Road' after 'Salt Road: The Lost "
          "Years'), with a premiere, when the two can be one show (no kind told of both, not "
          "one renewed and the other cancelled, no season of the head's the full title lacks): "
          "the facts go to the full title; never where a sentence naming either speaks of a "
          "spinoff, prequel, sequel or franchise, never a head two titles share or one "
          "introduced as a show of its own (round 23)",
          "Kestrel has ordered Salt Road: The Lost Years, a drama from Ana Ruiz. Salt Road "
          "premieres March 4 on Kestrel."),
    _rule("title.keep.owned_appositive", ALL_KINDS, "round 38 (r38passing): a name followed "
          "by an appositive that calls it its owner's show ('X, Kestrel's new comedy, ...', "
          "'X, Ann Lee's latest drama, ...', 'X, its first Irish drama, ...') is cued as the "
          "appositive with an article is ('X, the new Kestrel comedy, ...'): the subject "
          "named, then described, is the target of the status after; the owner is no item of "
          "a list with the name (``shows._APPOSITIVE_AFTER_RE``, "
          "``shows._before_owned_appositive``)",
          "Marrowby, Kestrel's new comedy, has been cancelled."),
    _rule("title.keep.past_aside", ALL_KINDS, "a name whose own status verb comes after an "
          "aside longer than the relative-clause reading takes: a relative clause of any "
          "length, commas inside, a credit to its first comma, a parenthesis, paired dashes, "
          "closed within 240 characters of the sentence, then a show's own status (a passive "
          "decision, a return or premiere for a season or on a day, a shoot, an ending); not "
          "past a comma-opened appositive or 'whose' clause, not a person's or a company's "
          "aside ('who', 'the star of', 'the streamer behind'), not a name governed by a "
          "preposition ('a spinoff of X, ...'), not a decider's active verb with its object "
          "('Kestrel, which ..., has renewed it') (``shows._trigger_past_long_aside``; round "
          "23, r23cands)",
          "Marrowby (the drama starring Jane Doe that follows two sisters who run a failing "
          "copper mine in a small town) has been renewed for a third season."),
    _rule("title.evidence.season_past_aside", ALL_KINDS, "a name followed by a long aside "
          "(as ``title.keep.past_aside`` reads it) whose clause, past the aside, names a "
          "season is shown to be a TV show, however far the season is from the name "
          "(``evidence._season_past_aside``; ``drop.unevidenced_title`` spares its facts; "
          "round 23, r23cands)",
          "Marrowby, which stars Jane Doe and Tom Reyes as two sisters who run a failing "
          "copper mine in a small town, has been renewed for a third season."),
    _rule("title.evidence.counted_list", ALL_KINDS, "a name right after the colon or the "
          "dash that closes a count of shows ('Two comedies won't be back: X and Y', "
          "'cancelled two dramas - X and Y') is shown to be a TV show by the count "
          "(``showwords.COUNTED_LIST_BEFORE_RE``; ``drop.unevidenced_title`` spares its "
          "facts; round 24)", "Two comedies won't be back: Quillmarsh and Salt Road."),
    _rule("title.evidence.own_news", ALL_KINDS, "round 37 (r37bare): a name opening its "
          "sentence, alone, whose own verb tells a season's start with its time ('returns on "
          "July 14', 'debuts Friday on Kestrel', 'is set to return this autumn') or a shoot's "
          "end or start ('wraps filming', 'has begun production') is shown to be a TV show by "
          "that news (round 38: the end of a wait, 'is finally back on June 5!', 'returns to "
          "screens at last on', 'is at last coming back'; a named day, 'returns Christmas Day "
          "on Kestrel'); not a way back to the stage, to work or to a role "
          "(``evidence._OWN_NEWS_AFTER_RE``; ``drop.unevidenced_title`` spares its facts)",
          "Marrowby returns on Thursday 14 July."),
    _rule("title.evidence.own_news_past_aside", ALL_KINDS, "round 38 (r38passing): a name "
          "opening its sentence whose own news verb, as ``title.evidence.own_news`` reads it, "
          "comes right after an aside naming another show in passing ('X, from the creator of "
          "Y, premieres March 4', 'X, a successor to Y, returns in May'), no person's aside, "
          "is shown to be a TV show by that news (``evidence._own_news``; "
          "``drop.unevidenced_title`` spares its facts)",
          "Marrowby, from the creator of Quillon, premieres on Thursday 14 July."),
    _rule("title.span.owner_of_quoted", ALL_KINDS, "a name with a possessive right before a "
          "quoted title ('Kestrel's \"Copper Vale\"', 'Jane Doe's ‘Salt Road’') is the title's "
          "owner (a network, a studio, a person), no show of its own there nor an item of the "
          "list the titles make: the quotes say where the title starts; not before a quoted "
          "episode, finale, song or character of the owner's show "
          "(``shows._owner_of_quoted``; round 23, r23cands)",
          "Among the shows renewed are Kestrel's \"Copper Vale\", Tovrel's \"Nightjar\" and "
          "\"Salt Road\"."),
    _rule("title.veto.character", ALL_KINDS, "a name the article gives to a character at "
          "one mention at least ('stars as X', 'returns as X', 'plays X', 'the character X', "
          "'Jane Doe as X', 'X, played by Jane Doe', 'X (Jane Doe)'), never written as a show "
          "(a season or a kind of show at it, a decision it undergoes, 'in X' after a credit): "
          "a character of the article's show, no title; its status sentence is the show's "
          "(``titles.character_name``; round 24, r24names)",
          "The drama Glass Harbor stars Jane Doe as Marlowe Finch. Marlowe Finch returns next "
          "summer."),
    _rule("title.veto.character_listed", ALL_KINDS, "a name listed right beside a name "
          "``title.veto.character`` vetoed, with no strong cue and never written as a show: "
          "another of the show's characters (``titles._characters_listed``; round 24, "
          "r24names)",
          "Glass Harbor follows Marlowe Finch (Jane Doe). Marlowe Finch, Tessa Vane and Ash "
          "will be back when filming starts in August."),
    _rule("title.span.calendar_edge", ALL_KINDS, "a candidate title every mention of "
          "which carries the same day, month, season of the year or holiday at one edge, once "
          "at least where it cannot be the sentence's date, is that longer title, judged whole "
          "by the vetoes: a day or month before a name unless a time's preposition, a number "
          "or a verb of saying governs it; after a name a month, season or holiday unless a "
          "date's number or a broadcast noun follows, a day of the week only before the "
          "subject's verb, a season phrase or a headline's colon (round 28, r28edges)",
          "Tovrel has renewed Saturday Lantern. Saturday Lantern returns in May."),
    _rule("title.keep.governed_weekday_edge", ALL_KINDS, "round 32: a title "
          "title.span.calendar_edge widens by a weekday ('Mabel' of 'Mabel Tuesday has been "
          "renewed') is judged as a show the text names, as a seasoned one is, where a "
          "decision governs it (its subject or its object): a first name and a weekday are "
          "no person's name there, a person is not renewed; a person's credit ('starring "
          "April Reyes') is no decision and keeps its veto",
          "Mabel Tuesday has been renewed for a second season at Kestrel."),
    _rule("title.keep.governed_month_edge", ALL_KINDS, "round 32: a title "
          "title.span.calendar_edge widens by a month at its end ('Mabel' of 'Mabel March has "
          "been renewed for a third season') is judged as a show the text names where a "
          "decision governs it with the season it decides, nothing between (its passive "
          "subject or its object): a first name and a month are no person's name there; "
          "without the season ('Mabel March has been renewed') the name's veto stands",
          "Mabel March has been renewed for a third season at Kestrel."),
    _rule("title.span.decided_month_tail", ALL_KINDS, "round 32: 'March' or 'May' right "
          "after a title an active decision takes as its object, right before the season it "
          "decides ('renewed Mabel March for a third season', 'cancelled Mabel May after two "
          "seasons'), is the title's own word, as another month there is already; not "
          "'renewed Salt Road in March for ...' nor 'renewed Salt Road March 3 for ...', "
          "and only where every mention of the title carries it (title.span.calendar_edge)",
          "The network has renewed Mabel March for a third season."),
    _rule("title.keep.weekday_times", ALL_KINDS, "round 32: a day of the week and a time "
          "of day in the plural, the whole title ('Monday Mornings', 'Friday Nights'), is "
          "kept where the text governs it as title.keep.weekday_word governs a weekday alone "
          "(an active decision's object before the season decided, a passive subject opening "
          "its clause before its season, a season's owner, a kind's name); elsewhere "
          "title.veto.holiday drops it as a habit's time ('airs Sunday Nights')",
          "Kestrel has cancelled Monday Mornings after one season."),
    _rule("title.span.time_edge", ALL_KINDS, "a kept title the article always writes "
          "with the same day, month or season of the year at one edge, twice or more "
          "(the headline counts), is that longer title: a date glued to every mention is "
          "the name's own word, not the sentence's date; never where the word reads as a "
          "date ('Salt Road March 5', 'Salt Road Monday night', 'on Monday Salt Road'), nor "
          "for a watched title (round 25)",
          "Tovrel renewed Ada Monday for a second season. Ada Monday returns in May."),
    _rule("title.span.network_edge", ALL_KINDS, "a kept title the article always writes "
          "with the same network's or company's word at one edge ('The Copper Fox', 'Quiet "
          "Apple', 'Lantern the Apple', 'The Apple Harbor') is that longer title where the "
          "longer name carries a title's evidence: twice or more (the headline counts; a "
          "joint such as 'and' or 'with the' needs what follows), or quoted whole, with a "
          "numbered season of its own, or as a decision verb's object with a season; never "
          "where a mention reads as the network ('on Fox', 'the Fox network', 'Fox News'), "
          "nor for a watched title (``shows.network_edged``; round 30, r30netword)",
          "Kestrel has renewed The Copper Fox for a second season."),
    _rule("title.span.network_head", ALL_KINDS, "a kept title the article always writes "
          "after the same network's or company's word with no 'The' ('Fox Harbor', 'Fox & "
          "Shelter', 'Apple's Lantern') is that longer title where the word never stands "
          "free elsewhere as the network ('Fox renewed ...', 'on Fox', 'the Fox drama', "
          "'Fox's') and the glue has its evidence: '&' at one mention; a space written so "
          "twice or more (the headline counts), quoted whole or after a show's kind ('the "
          "drama Fox Harbor', or a plural kind heading its list: 'the dramas Fox Harbor, "
          "Salt Road and Havana'); a possessive quoted whole or after a show's kind ('the family "
          "saga Apple's Lantern'); round 32: a space at an item of a list of kept titles a "
          "decision governs ('renewed Salt Road and Fox Harbor for second seasons', "
          "``lists.decided_list_item``; the list gaps read on past a network's break word "
          "before an item, ``lists.NETWORK_ITEM_HEAD``). One unquoted mention ('Fox Salt Road "
          "season 2 has been renewed', 'Apple's Salt Road') stays the network's, as does a "
          "watched title (``shows.network_headed``; round 31, r31netword2)",
          "Fox Harbor season 2 is filming in Tovrel. Kestrel renewed Fox Harbor in May."),
    _rule("title.keep.network_word", ALL_KINDS, "a network's or a company's word alone "
          "('Channel', 'Apple') is a show's title where the article quotes it at one mention "
          "and gives it a numbered season of its own ('\"Channel\" Season 3', 'Season 2 of "
          "\"Apple\"'), and no mention reads as the network (after 'on', 'at', 'from', "
          "'by'; before 'network', 'TV' or a capitalised word: 'Fox News', 'Apple's Salt "
          "Road'; not a character's name after a role's cue or before one's appositive: "
          "'plays Channel Vane', 'Channel Vane, the lead', round 31) "
          "(``shows.network_word_titles``; round 30, r30netword)",
          "'Channel' Season 3 premieres on Kestrel on March 4."),
    # --- the learned (show, kind) model (kindmodel.py), when its data file ships ------------
    _rule("kind.model_proposed", ("renewed", "filming_started", "filming_wrapped", "premiere",
                                  "cancelled"), "the (show, kind) model scores a kind the "
          "rules did not find for a show the article keeps above its propose threshold: a "
          "fact, its season, date and certainty read from the article",
          "Glass Harbor is coming back for more: the network ordered ten new episodes."),
    _rule("kind.model_vetoed", ALL_KINDS, "the (show, kind) model scores a rule fact's show "
          "and kind under its veto threshold: the fact is dropped",
          "Glass Harbor fans renewed their campaign for a second season."),
)}

#: The engine's stages in order, and whether only the first applicable rule of each acts.
STAGES: dict[str, bool] = {
    "non_event": False, "date": True, "certainty": True, "date_fallback": False,
    "kind": False, "targets": True, "per_target": True, "season": True,
    "season_adjust": False,
}
_BY_STAGE: dict[str, tuple[Rule, ...]] = {
    stage: tuple(r for r in RULES.values() if r.stage == stage) for stage in STAGES}
#: The stages a candidate passes before it is split by target.
_CANDIDATE_STAGES = ("non_event", "date", "certainty", "date_fallback", "kind", "targets")


# --- tracing ---------------------------------------------------------------------------------


@dataclass
class Event:
    """One candidate and what the rules decided about it."""

    sentence: str
    kind: str
    phrase: str
    rules: list[str] = field(default_factory=list)
    dropped_by: str | None = None
    facts: list[tuple[str, int | None, str]] = field(default_factory=list)


@dataclass
class Trace:
    """Every candidate of one article, with its rules (``monitor extract --explain``)."""

    events: list[Event] = field(default_factory=list)
    titles: list[tuple[str, bool, str]] = field(default_factory=list)
    #: (span, rule) for a span a title.span rule cut or dropped where no verdict is kept
    #: (``note_span``: a count in a list, a holiday at a span's end)
    spans: list[tuple[str, str]] = field(default_factory=list)


_ACTIVE: ContextVar[Trace | None] = ContextVar("extract_trace", default=None)
#: The event of the candidate the engine is working on (None when not explaining).
_EVENT: ContextVar[Event | None] = ContextVar("extract_event", default=None)


@contextlib.contextmanager
def tracing() -> Iterator[Trace]:
    """Record the rules of every extraction inside the block."""
    trace = Trace()
    token = _ACTIVE.set(trace)
    try:
        yield trace
    finally:
        _ACTIVE.reset(token)


def active() -> Trace | None:
    return _ACTIVE.get()


def trace_fact(fact: Fact, value: str, rule: str, show: str | None = None,
               season: int | None = None) -> None:
    """Tell ``--explain`` (when a trace is active) that ``rule`` gave ``fact`` ``value`` (its
    new date, season, show or the line it was read from), the fact as it now stands (``show``
    and ``season`` when the rule changed them): one place for the event a rule records after
    the engine, in ``eventdates`` and ``facts`` alike."""
    trace = active()
    if trace is None:
        return
    event = Event(fact.evidence, fact.kind, value, [check(rule)])
    event.facts.append((fact.show if show is None else show,
                        fact.season if season is None else season, fact.kind))
    trace.events.append(event)


def check(name: str) -> str:
    """The rule's name, checked against the registry (a typo fails at once)."""
    if name not in RULES:
        raise KeyError(f"unknown extraction rule {name!r}")
    return name


def note_span(span: str, rule: str) -> None:
    """Tell ``--explain`` (when a trace is active) that the span rule ``rule`` cut ``span``
    or dropped it from a list; the rule's name is checked either way."""
    check(rule)
    trace = active()
    if trace is not None:
        trace.spans.append((span, rule))


# --- the engine --------------------------------------------------------------------------------


def holds_one(lowered: str, needs: tuple[str, ...]) -> bool:
    """Does ``lowered`` hold one of a rule's ``needs``?"""
    for word in needs:
        if word in lowered:
            return True
    return False


def run_stage(stage: str, candidate: Candidate) -> Candidate | None:
    """``candidate`` refined by the rules of one stage (None: a rule dropped it)."""
    first_only = STAGES[stage]
    event = _EVENT.get()
    for rule in _BY_STAGE[stage]:
        if candidate.kind not in rule.kinds:
            continue
        if rule.needs and not holds_one(candidate.view.lowered, rule.needs):
            continue
        found = rule.condition(candidate)
        if not found:
            continue
        if event is not None:
            event.rules.append(rule.name)
        result = rule.action(candidate, found)
        if result is None:
            if event is not None:
                event.dropped_by = rule.name
            return None
        candidate = result
        if first_only:
            break
    return candidate


def candidate_facts(candidate: Candidate, made_by: str) -> list[tuple[Fact, bool]]:
    """The facts one candidate becomes (each flagged when its date is the publication month):
    every stage in order, then one fact per target and season. ``made_by`` names the rule
    that made the candidate."""
    trace = _ACTIVE.get()
    event = None
    if trace is not None:
        trig = candidate.trigger
        event = Event(candidate.text, candidate.kind, candidate.text[trig.start:trig.end],
                      [check(made_by)])
        trace.events.append(event)
    token = _EVENT.set(event)
    try:
        return _run(candidate, event)
    finally:
        _EVENT.reset(token)


def _run(candidate: Candidate, event: Event | None) -> list[tuple[Fact, bool]]:
    found = candidate
    for stage in _CANDIDATE_STAGES:
        refined = run_stage(stage, found)
        if refined is None:
            return []
        found = refined
    out: list[tuple[Fact, bool]] = []
    for target in found.targets:
        one = run_stage("per_target", replace(found, target=target))
        if one is None:
            continue
        if one.seasons is None:
            one = run_stage("season", one)
        one = run_stage("season_adjust", one) if one is not None else None
        if one is None or one.target is None:
            continue
        for season in one.seasons or ():
            fact = Fact(show=one.target.show, season=season, kind=one.kind,  # type: ignore
                        date=one.date, certainty=one.certainty,  # type: ignore[arg-type]
                        evidence=one.text, source_url=one.ctx.article.url, value=one.value)
            out.append((fact, one.inferred))
            for kind, date, certainty in one.also:
                # (a count's premiere carries no count)
                out.append((replace(fact, kind=kind, date=date,  # type: ignore[arg-type]
                                    certainty=certainty,  # type: ignore[arg-type]
                                    value=fact.value if kind == "episode_count" else None),
                            False))
            if event is not None:
                event.facts.extend((f.show, f.season, f.kind) for f, _ in out[-1 - len(one.also):])
    return out
