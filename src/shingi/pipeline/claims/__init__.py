"""The parts of parsing a claim (``shingi.pipeline.parse``), one family a module.

- ``statement``: the records of a parsed claim (``ParsedClaim``, ``Statement``, ``Span``,
  ``ClaimedPeriod``, ``ClaimedNumber``, ``Group``);
- ``clauses``: cleaning a claim and cutting it into clauses, and the patterns that join
  clauses again or set one aside (attributions, time settings, conditions);
- ``numbers``: numbers beyond the shared grammar (kanji numerals, zero, durations, "one in
  N"), comparators and the roles of a change's numbers;
- ``periods``: windows to the claim's "now", relative periods, periods that date a source,
  comparisons with the period before;
- ``ranks``: ordinals, places and superlatives;
- ``names``: what the names of a clause do (subject, comparand, type, "only X", groups);
- ``cues``: cue words, predicates, negation and opinion;
- ``kinds``: a statement's kind (``classify``).

None of them imports the parser; the parser (``shingi.pipeline.parse._Parser``) applies them.
"""
