import ChronolexModel
import ChronolexReaders
import Foundation
import Testing
@testable import ChronolexDiff

/// Where the package is, from this file's place.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let checkHTML = root.appendingPathComponent("scripts/check-html.sh").path
    static let screenshot = root.appendingPathComponent("scripts/screenshot.sh").path
    static let fedris = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/fedris-ar-2007")

    /// Debian's `chromium`, if installed.
    static var chromium: String? {
        for directory in ["/usr/bin", "/usr/local/bin", "/bin"] {
            for name in ["chromium", "chromium-browser"] {
                let path = directory + "/" + name
                if FileManager.default.isExecutableFile(atPath: path) { return path }
            }
        }
        return nil
    }
}

/// A small reproducible random generator (SplitMix64), for the tests that compare a fast
/// path with the slow one on generated input.
struct Generator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Reads a text, failing the test on any error.
func readAct(_ text: String, file: String = "test.md", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Act {
    let result = ActReader.read(text: text, file: file)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "unexpected errors: \(errors)", sourceLocation: sourceLocation)
    return try #require(result.act, sourceLocation: sourceLocation)
}

/// Two versions of the same act, compared as two files (no attribution).
func diffOf(_ old: String, _ new: String, article: String? = nil, attributions: (any AttributionProvider)? = nil) throws -> ActDiff {
    ActDiffer.diff(old: try readAct(old, file: "old.md"), new: try readAct(new, file: "new.md"),
                   from: ActDiff.Side(label: "old.md", file: "old.md"), to: ActDiff.Side(label: "new.md", file: "new.md"),
                   attributions: attributions, article: article)
}

/// `[-x-]{+y+}` notation of a change's words, for compact checks.
func notation(_ change: UnitChange) -> String {
    TextDiffRenderer.words(UnitChange(kind: change.kind, level: .alinea, oldAddress: nil, newAddress: nil, article: nil,
                                      anchor: "", label: "", old: "", new: "", words: change.words), style: .plain)
}

let frontMatter = """
---
title-fr: "Arrêté du Gouvernement relatif aux bibliothèques publiques"
date: 2015-03-12
number: 2015201234
publication: 2015-04-02
---

"""

/// Bibliothèques 2015, some articles as in force on 2019-06-01 (Corpus/README.md).
let libraries2019 = frontMatter + """
### CHAPITRE 1er. - Dispositions générales

**Article 1er.** Le présent arrêté règle la reconnaissance et le subventionnement des bibliothèques publiques en région de langue allemande.

**Art. 2.** Pour l'application du présent arrêté, on entend par :

1° bibliothèque publique : une bibliothèque accessible à tous, sans condition d'âge, de nationalité ou de domicile, qui met ses collections à la disposition du public;

4° collection : l'ensemble des documents mis à la disposition du public, à savoir :

   a) les livres et les périodiques imprimés;

   d) les ressources numériques accessibles en ligne;

8° Conseil des bibliothèques : l'organe consultatif institué par l'article 9;

13° ressource numérique : tout document disponible sous forme électronique que la bibliothèque publique met à la disposition de ses lecteurs.

### CHAPITRE 2. - Reconnaissance

**Art. 5.** Le pouvoir organisateur introduit la demande de reconnaissance auprès du département.

**Art. 6.** (Abrogé)

**Art. 9.** Il est institué un Conseil des bibliothèques, composé de sept membres nommés par le Gouvernement pour une durée de cinq ans. Le Gouvernement désigne le président parmi les membres.

Le Conseil des bibliothèques rend un avis sur chaque demande de reconnaissance dans les soixante jours de la réception du rapport du département.

Le secrétariat du Conseil des bibliothèques est assuré par le département.

**Art. 14.** § 1er. Dans les limites des crédits budgétaires disponibles, le Gouvernement octroie une subvention annuelle de fonctionnement.

§ 2. La subvention comprend :

1° un montant forfaitaire de 25.000 euros;

2° un montant de 2,50 euros par habitant de la commune où est établie la bibliothèque publique;

3° un montant de 1.250,50 euros par point de lecture.

§ 3. La subvention ne peut dépasser les dépenses de fonctionnement réellement exposées par le pouvoir organisateur.

**Art. 20.** Le ministre peut retirer la reconnaissance d'une bibliothèque publique qui ne remplit plus les conditions du présent arrêté.

"""

/// The same articles as in force on 2023-01-01, plus art. 17/1 inserted, art. 5 repealed,
/// art. 6 re-established, an alinéa inserted in art. 9 and art. 20 renumbered 21.
let libraries2023 = frontMatter + """
### CHAPITRE 1er. - Dispositions générales

**Article 1er.** Le présent arrêté règle la reconnaissance et le subventionnement des bibliothèques publiques en région de langue allemande.

**Art. 2.** Pour l'application du présent arrêté, on entend par :

1° bibliothèque publique : une bibliothèque accessible à tous, sans condition d'âge, de nationalité ou de domicile, qui met ses collections à la disposition du public;

4° collection : l'ensemble des documents mis à la disposition du public, à savoir :

   a) les livres et les périodiques imprimés;

   d) les ressources numériques accessibles en ligne ou téléchargeables;

8° Comité des bibliothèques : l'organe consultatif institué par l'article 9;

13° ressource numérique : tout document disponible sous forme électronique que la bibliothèque publique ou l'un de ses points de lecture met à la disposition de ses lecteurs;

14° prêt numérique : la mise à disposition temporaire d'une ressource numérique à un lecteur inscrit.

### CHAPITRE 2. - Reconnaissance et prêt numérique

**Art. 5.** (Abrogé)

**Art. 6.** La bibliothèque publique peut proposer un service de prêt numérique à ses lecteurs inscrits.

**Art. 9.** Il est institué un Comité des bibliothèques, composé de neuf membres nommés par le Gouvernement pour une durée de cinq ans. Le Gouvernement désigne le président parmi les membres.

Le Comité des bibliothèques rend un avis sur chaque demande de reconnaissance dans les soixante jours de la réception du rapport du département.

Lorsque le Comité des bibliothèques n'a pas rendu d'avis dans le délai fixé à l'alinéa 2, le ministre peut statuer sans cet avis.

Le secrétariat du Comité des bibliothèques est assuré par le département.

**Art. 14.** § 1er. Dans les limites des crédits budgétaires disponibles, le Gouvernement octroie une subvention annuelle de fonctionnement.

§ 2. La subvention comprend :

1° un montant forfaitaire de 27.500 euros;

2° un montant de 2,75 euros par habitant de la commune où est établie la bibliothèque publique;

3° un montant de 1.250,50 euros par point de lecture;

4° un montant de 0,50 euro par prêt numérique enregistré au cours de l'année d'activité précédente.

§ 3. La subvention ne peut dépasser les dépenses de fonctionnement réellement exposées par le pouvoir organisateur.

Les dépenses de fonctionnement sont justifiées au moyen des comptes annuels du pouvoir organisateur.

**Art. 17/1.** Le Gouvernement peut octroyer une subvention pour l'équipement numérique des bibliothèques publiques.

Le montant de la subvention ne peut dépasser 80 pour cent des dépenses éligibles.

**Art. 21.** Le ministre peut retirer la reconnaissance d'une bibliothèque publique qui ne remplit plus les conditions du présent arrêté.

"""
