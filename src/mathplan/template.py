"""The commented template ``mathplan catalog init`` writes; a test checks it validates as is."""

CATALOG_TEMPLATE = """\
# Your own mathplan catalog. It is merged over the bundled one:
#   - an entry with a new id is added;
#   - an entry with a bundled id changes only the fields you give (a price, a chapter, ...).
# Check it:  mathplan catalog validate THIS_FILE
# Use it:    mathplan plan --catalog THIS_FILE --goal my-goal
# Ids are lowercase letters, digits and dashes. `mathplan topics` and `mathplan resources`
# list the bundled ids you can refer to.

# --- a topic of your own ------------------------------------------------------------------------
[[topic]]
id = "einsum"
title = "Einstein summation with einsum"
area = "linear-algebra"            # linear-algebra, calculus, autodiff, optimization, probability,
                                   # statistics, information-theory, numerical, applications
priority = "optional"              # core, recommended or optional
hours = { practical = 1.5, rigorous = 2.0 }   # rigorous (with proofs) is never less
why = "einsum -> writing attention and batched matrix products as one readable line."
exercise = "Rewrite a batched matrix multiply and a trace with numpy.einsum and check both."
check = "Can you write the einsum string for a batched matrix product of shapes (b,i,j), (b,j,k)?"
requires = [
  { topic = "tensors-broadcasting", reason = "einsum strings name the axes of tensors." },
  # kind = "rigorous": needed only for the rigorous treatment (ignored at practical depth);
  # the default, kind = "always", holds at every depth.
  { topic = "linear-maps", reason = "Proofs need matrices as maps.", kind = "rigorous" },
]
applied = false                    # true for an ML application (a model, layer, loss), not maths

# --- a resource: a book you own, your course notes, ... ----------------------------------------
[[resource]]
id = "my-notes"
title = "My linear algebra notes"
authors = ["Me"]
kind = "notes"                     # book, course, video-series, notes, interactive
url = "file:///home/me/notes/linear-algebra.pdf"
style = "code-first"               # visual, code-first, textbook, proof-based
rating = 4                         # 1-5: how well it teaches you
rating_reason = "Written for myself, with worked NumPy examples."
source = "my own notes"
checked = 2026-11-25
pricing = { model = "free", verified = true, source = "my own notes", checked = 2026-11-25 }
# depth: which depth a reading serves: practical (code-first), rigorous (derivations, proofs)
# or both (the default). A plan at one depth uses the readings that serve it, where any do.
covers = [
  { topic = "einsum", where = "Notebook 4, pages 1-6", depth = "practical" },
  { topic = "svd", where = "Notebook 3, pages 10-14", rating = 3, depth = "both" },
]

# --- change one field of a bundled entry -------------------------------------------------------
# [[resource]]
# id = "strang-ila-6e"
# pricing = { usd = 60.0, verified = true, source = "my receipt", checked = 2026-11-25 }

# --- a goal that uses your topic ---------------------------------------------------------------
[[goal]]
id = "my-goal"
title = "Transformers, with einsum"
summary = "The llm goal's core plus einsum."
# targets, most important first: when time is short the earliest-listed are kept
targets = ["attention", "einsum", "cross-entropy", "momentum-adam", "backpropagation"]
projects = ["my-einsum-attention"]  # scheduled as soon as their prerequisites are done
# depth = "rigorous"               # the depth planned when --depth is not given

# --- a project: a small runnable build that makes topics real ------------------------------------
[[project]]
id = "my-einsum-attention"         # project ids must differ from every topic id
title = "Attention written with einsum"
hours = 3.0
why = "Writing attention as two einsum calls makes its shapes impossible to forget."
deliverable = "A script that prints the max difference from a loop version, below 1e-6."
requires = [{ topic = "einsum", reason = "the whole build is einsum" }]
follow = { resource = "my-notes", where = "Notebook 4, page 7" }

# --- an answer to a question learners ask first ------------------------------------------------
[[choice]]
id = "my-einsum-question"
question = "Do I need einsum at all?"
answer = "No, but it makes attention code shorter and shapes explicit."
topics = ["einsum"]                # the plan says which of these it holds, and in which weeks
goals = ["my-goal"]                # optional: only for these goals (also: depth = "rigorous")

# --- a runnable exercise: a folder with exercise.toml, exercise.py and checks.py ----------------
# [[exercise]]
# id = "einsum"                    # the topic it is for
# folder = "exercises/einsum"      # relative to this file
"""
