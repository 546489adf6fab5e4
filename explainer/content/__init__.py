"""What the content says, built once and written for every medium. No Qt here.

``wording`` holds every heading and standing phrase (the one place a translation touches);
``explain`` builds blocks (:mod:`.blocks`) for an annotation, a set, a state note or a state-table row;
``html`` and ``markdown_out`` write them; ``markdown`` turns content Markdown into safe HTML, the same on
screen and in print.
"""
