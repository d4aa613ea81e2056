#!/usr/bin/env python3
"""A generated corpus for measuring `chronolex index` at scale (issue 15).

    scripts/generate-corpus.py OUT_DIR [ACTS] [SEED]

Writes ACTS acts (20,000 by default, about 400 MB) as Lex Iterata lays them out,
OUT_DIR/texts/<yyyy>/<mm>/<numac>.md, in the seed format (YAML front matter, then
'**Art. N.**' articles with §§, alinéas and points). One act in ten is an amending act
whose instructions cite an earlier base act by kind, date and title (no `modifies:`, so
that the index must resolve the citations itself). Deterministic for a given SEED.
"""
import os
import random
import sys

WORDS = ("le ministre la commission le registre les bibliothèques publiques l'organisateur "
         "la demande est introduite par écrit auprès du service compétent dans les trente jours "
         "de la réception le cas échéant sans préjudice des dispositions visées au présent "
         "arrêté la décision motivée est notifiée au demandeur par envoi recommandé").split()
SUBJECTS = ["aux bibliothèques publiques", "aux aires de jeux", "à la protection des sols", "aux subventions culturelles",
            "au statut du personnel", "à la gestion des déchets", "aux marchés publics", "à l'enseignement de promotion sociale"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def sentence(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def french_date(y, m, d):
    return f"{'1er' if d == 1 else d} {MONTHS[m - 1]} {y}"


def base_act(rng, numac, y, m, d, subject, articles):
    lines = ["---", f'title-fr: "Arrêté royal relatif {subject} ({numac})"', f"date: {y:04d}-{m:02d}-{d:02d}",
             f"number: {numac}", f"publication: {y:04d}-{m:02d}-{min(d + 10, 28):02d}", "source: GENERATED", "---", ""]
    for a in range(1, articles + 1):
        head = "**Article 1er.**" if a == 1 else f"**Art. {a}.**"
        if a % 5 == 0:
            lines.append(f"{head} § 1er. {sentence(rng, 18)}")
            lines.append("")
            lines.append(sentence(rng, 24))
            lines.append("")
            lines.append(f"§ 2. {sentence(rng, 20)} :")
            lines.append("")
            for p in range(1, 4):
                lines.append(f"{p}° {sentence(rng, 12)[:-1]};")
                lines.append("")
        else:
            lines.append(f"{head} {sentence(rng, 30)} {sentence(rng, 25)}")
            lines.append("")
            lines.append(sentence(rng, 28))
            lines.append("")
    lines.append(f"**Art. {articles + 1}.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.")
    return "\n".join(lines) + "\n"


def amending_act(rng, numac, y, m, d, target):
    tnumac, ty, tm, td, subject, tarticles = target
    lines = ["---", f'title-fr: "Arrêté royal modifiant l\'arrêté royal du {french_date(ty, tm, td)} relatif {subject} ({tnumac})"',
             f"date: {y:04d}-{m:02d}-{d:02d}", f"number: {numac}", f"publication: {y:04d}-{m:02d}-{min(d + 10, 28):02d}",
             "source: GENERATED", "---", ""]
    n = 1
    for k in range(rng.randint(3, 8)):
        article = rng.randint(1, tarticles)
        head = "**Article 1er.**" if n == 1 else f"**Art. {n}.**"
        cite = f"de l'arrêté royal du {french_date(ty, tm, td)} relatif {subject} ({tnumac})" if n == 1 else "du même arrêté"
        lines.append(f"{head} Dans l'article {article} {cite}, le mot « {rng.choice(WORDS)} » est remplacé par le mot « {rng.choice(WORDS)} ».")
        lines.append("")
        n += 1
    lines.append(f"**Art. {n}.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.")
    return "\n".join(lines) + "\n"


def main():
    out = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 42)
    bases = []
    total = 0
    for i in range(count):
        y = 1990 + i * 34 // count
        m = rng.randint(1, 12)
        d = rng.randint(1, 28)
        numac = f"{y:04d}{900000 + i:06d}"
        if i % 10 == 9 and bases:
            text = amending_act(rng, numac, y, m, d, rng.choice(bases))
        else:
            subject = rng.choice(SUBJECTS)
            articles = rng.randint(25, 45)
            text = base_act(rng, numac, y, m, d, subject, articles)
            bases.append((numac, y, m, d, subject, articles))
        folder = os.path.join(out, "texts", f"{y:04d}", f"{m:02d}")
        os.makedirs(folder, exist_ok=True)
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(folder, numac + ".md"), "wb") as f:
            f.write(data)
    print(f"{count} acts, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
