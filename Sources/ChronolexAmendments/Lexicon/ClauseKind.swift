import ChronolexModel

/// What one alinéa of an amending act is, read from its words outside quotations: an
/// instruction (a verb of change in the passive or inverted, "… sont remplacés", "Est
/// ajoutée …", "… devient …", Dutch "… wordt vervangen"), a clause of entry into force or
/// of execution, the clause that names the act's competence ("La présente loi règle une
/// matière visée à l'article 74 de la Constitution"), or a provision of the act itself
/// (a transitional rule, a derogation, an autonomous rule), which changes no text.
enum ClauseKind: Equatable {
    case instruction, entryIntoForce, execution, competence, provision

    /// The stems of the verbs of change, as participles (`remplac` → `remplacés`).
    static let verbs = ["remplac", "inser", "ajout", "abrog", "supprim", "complet", "modifi", "apport", "retabli", "retir",
                        "renumerot", "substitu", "redig", "intercal"]
    static let dutchVerbs: FoldedWords = ["vervangen", "ingevoegd", "opgeheven", "aangevuld", "aangebracht", "geschrapt", "gewijzigd",
                                          "hernummerd", "vernummerd", "toegevoegd", "ingetrokken", "hersteld", "weggelaten", "doorgehaald"]
    /// The Dutch units that « wordt … » renames (« wordt het tweede lid het derde lid »).
    static let dutchUnits: FoldedWords = ["lid", "leden", "paragraaf", "artikel", "bepaling", "punt", "zin", "hoofdstuk", "afdeling"]
    static let auxiliaries: FoldedWords = ["est", "sont", "soit", "soient", "sera", "seront", "ete", "wordt", "worden"]

    static func of(_ tokens: [Token]) -> ClauseKind {
        if EntryIntoForceReader.isExecution(tokens) { return .execution }
        if isCompetence(tokens) { return .competence }
        if isInstruction(tokens) || isVerblessInsertion(tokens) || isVerbQuoted(tokens) { return .instruction }
        if EntryIntoForceReader.isEntryIntoForce(tokens) { return .entryIntoForce }
        if placesItselfInAnotherAct(tokens) || changesAnArticleOfAnotherAct(tokens) { return .instruction }
        return .provision
    }

    /// « L'article 4 de l'arrêté … est déplacé dans le chapitre 1er », « … est réécrit comme
    /// suit : « … » », « … est adapté comme suit », Dutch « Artikel 4 van het besluit …
    /// wordt verplaatst … »: another act's article as the subject, then its auxiliary and a
    /// verb of change the grammar does not read — an instruction, read or reported as
    /// unreadable, never a provision of this act (look 30: four such clauses left the article
    /// unchanged, exit 0, with a warning that called them provisions). A rule of the act about
    /// another act's article (« … reste applicable », « … est d'application », « … continue à
    /// produire ses effets ») has no such verb and stays a provision.
    static func changesAnArticleOfAnotherAct(_ tokens: [Token]) -> Bool {
        guard tokens.count > 6 else { return false }
        var k = 0
        if ["l'", "l’", "het"].contains(tokens[k].word) { k += 1 }
        guard ["article", "artikel"].contains(tokens[k].word) else { return false }
        k += 1
        guard k < tokens.count, tokens[k].startsWithDigit || ["premier", "unique", "enige"].contains(tokens[k].word) else { return false }
        // The act it is in, right after the number (« de l'arrêté », « du même décret », « van
        // het besluit »; not « du présent arrêté », this act's own article).
        let after = tokens[(k + 1)...].prefix(4).map(\.folded)
        guard after.contains(where: actWords.contains), !after.contains(where: ownActWords.contains) else { return false }
        // Its auxiliary, before any quotation, then the verb right after it.
        guard let auxiliary = tokens[(k + 1)...].prefix(60).prefix(while: { $0.kind != .quote })
                .firstIndex(where: { $0.kind == .word && auxiliaries.contains($0.word) }),
              auxiliary + 1 < tokens.count else { return false }
        let verb = tokens[auxiliary + 1].folded
        if ["wordt", "worden"].contains(tokens[auxiliary].word) {
            return tokens[(auxiliary + 1)...].prefix(20).contains { unreadDutchVerbs.contains($0.word) }
        }
        return unreadVerbs.contains { verb.hasPrefix($0) }
    }

    /// The words after « de », « du », « van » that name an act (« de l'arrêté », « du même
    /// décret », « van het besluit ») — and those that name this act itself (« du présent
    /// arrêté »): the place is then this act's own.
    static let actWords: FoldedWords = ["arrete", "loi", "decret", "ordonnance", "code", "meme", "besluit", "wet", "decreet", "ordonnantie", "wetboek", "hetzelfde"]
    static let ownActWords: FoldedWords = ["present", "presente", "dit", "deze"]

    /// Verbs of change the grammar has no form for, as the first letters of their
    /// participles, folded (« déplacé », « transférées », « réécrit », « adapté »).
    static let unreadVerbs = ["deplac", "transfer", "reecri", "adapt", "reformul", "transform", "corrig", "rectifi", "remani", "amend", "chang"]
    static let unreadDutchVerbs: FoldedWords = ["verplaatst", "overgebracht", "herschreven", "aangepast", "herwerkt", "omgezet", "verbeterd", "gecorrigeerd"]

    /// After the place: words of the text that change — « le mot », « les termes », « la phrase »,
    /// « le montant », « le délai », « de woorden » — and not a rule of the amending act's own
    /// (« on entend par », « le ministre peut déroger », « wordt verstaan onder »: look 27, such
    /// provisions were taken for unreadable instructions).
    static func namesWords(_ rest: ArraySlice<Token>) -> Bool {
        var rest = rest
        // A smaller place first (« à l'alinéa 1er, », « au § 1er, », Dutch « eerste lid, »): the
        // words come after it (look 28: « …, à l'alinéa 1er, le mot … est transformé » was
        // taken for a provision).
        while let comma = rest.prefix(7).firstIndex(where: { $0.kind == .punctuation && $0.isMark(",") }),
              rest[..<comma].contains(where: { units.contains($0.word) || $0.isText("§") }),
              !rest[..<comma].contains(where: { $0.kind == .quote || auxiliaries.contains($0.word) }) {
            rest = rest[(comma + 1)...]
        }
        var words = rest.lazy.filter { $0.kind == .word }.map(\.folded).makeIterator()
        guard var first = words.next() else { return false }
        // Dutch puts its auxiliary first (« …, wordt het woord " A " omgezet in … »).
        if ["wordt", "worden"].contains(first) { first = words.next() ?? "" }
        if ["le", "la", "les", "l'", "l’", "het", "de"].contains(first) { first = words.next() ?? "" }
        // « le délai de trente jours », « l'expression », « l'alinéa 2 »: a noun or a unit of the text.
        return textNouns.contains(first) || units.contains(first)
    }

    /// The nouns that name words of a text (« le mot », « l'expression », « de woorden »).
    static let textNouns: FoldedWords = ["mot", "mots", "terme", "termes", "phrase", "phrases", "chiffre", "chiffres", "nombre", "montant", "montants",
                                         "delai", "delais", "date", "dates", "pourcentage", "taux", "expression", "expressions", "mention",
                                         "mentions", "membre", "lettre", "lettres", "libelle", "passage", "woord", "woorden", "zin", "zinnen",
                                         "zinsnede", "bedrag", "bedragen", "termijn", "datum", "cijfer", "getal", "percentage", "vermelding"]
    /// The units smaller than an article.
    static let units: FoldedWords = ["alinea", "paragraphe", "point", "lid", "punt", "paragraaf", "zin", "phrase"]

    /// « Dans l'article 4 de l'arrêté royal du 1er mars 2010 …, » (« À l'annexe 2 du même
    /// décret, », « In artikel 4 van het besluit …, ») then words of change the grammar does
    /// not know (« … est transformé en … », « le délai … est porté à … », « … est à
    /// remplacer par … »): a clause that names its place in another act is an instruction,
    /// read or reported as unreadable — never a provision of this act (look 26: three such
    /// clauses left the text unamended with a warning).
    static func placesItselfInAnotherAct(_ tokens: [Token]) -> Bool {
        // A clause that stops at its place's comma is another matter (the reader says so).
        guard tokens.count > 6, ["dans", "a", "au", "aux", "in", "aan"].contains(tokens[0].word), tokens.last?.text != "," else { return false }
        var k = 1
        if ["l'", "l’", "le", "la", "les", "het", "de"].contains(tokens[k].word) { k += 1 }
        // A division too (session 33: « Dans le chapitre 2 du même arrêté, les mots … sont
        // bidouillés » was a provision, where the same place in an article was not).
        let division = Lexicon.divisionKind(tokens[k].folded, before: k + 1 < tokens.count ? tokens[k + 1] : nil) != nil
        guard division || ["article", "articles", "annexe", "artikel", "artikelen", "bijlage"].contains(tokens[k].word) else { return false }
        k += 1
        guard k < tokens.count, tokens[k].startsWithDigit || ["premier", "unique", "enige"].contains(tokens[k].word)
                || division && Lexicon.isDivisionNumber(tokens[k]) else { return false }
        // The act it is in, after the place (« , § 2, de l'arrêté … », « du même décret »,
        // « van het besluit »; not « du présent arrêté », this act's own article), before
        // any quotation; then a comma, and words after it.
        var j = k + 1
        while j < min(tokens.count, k + 40), tokens[j].kind != .quote {
            if ["de", "du", "des", "van"].contains(tokens[j].word) {
                let next = tokens[(j + 1)...].prefix(3).map(\.folded)
                if next.contains(where: ownActWords.contains) { return false }
                if next.contains(where: actWords.contains) {
                    guard let comma = tokens[j...].firstIndex(where: { $0.kind == .punctuation && $0.isMark(",") }) else { return false }
                    return namesWords(tokens[(comma + 1)...])
                }
            }
            j += 1
        }
        return false
    }

    /// A verb of change after an auxiliary (a few words may stand between: "sont chaque
    /// fois remplacés", "est ainsi modifié"), or first ("Sont insérés …"); "devient";
    /// "(concerne le texte allemand)"; the Dutch passive.
    ///
    /// Dutch puts the participle at the end of its clause, the place and the words between
    /// (« wordt tussen het eerste en het tweede lid een lid ingevoegd », « worden in het
    /// tweede lid de woorden " A " vervangen door … »): any distance after « wordt » /
    /// « worden » (look 19: such instructions, six words or more from their auxiliary, were
    /// taken for provisions of the act, the text left unamended with a misleading warning).
    /// « wordt het tweede lid het derde lid » renumbers, without a participle.
    static func isInstruction(_ tokens: [Token]) -> Bool {
        var lastAuxiliary = -10
        var dutchAuxiliary = false
        var dutchUnitsAfter = 0
        for (k, token) in tokens.enumerated() where token.kind == .word {
            let w = token.word
            if auxiliaries.contains(w) {
                lastAuxiliary = k
                if w == "wordt" || w == "worden" { dutchAuxiliary = true }
                continue
            }
            // « sont, à chaque fois, remplacés » (look 29: taken for a provision): the words
            // of « every time » carry the auxiliary on to the verb.
            if k - lastAuxiliary <= 3, w == "chaque" || w == "fois" || w == "a" && k + 1 < tokens.count && tokens[k + 1].isWord("chaque") {
                lastAuxiliary = k
                continue
            }
            // « zoals vervangen bij artikel 1 », « gewijzigd bij dit besluit »: a history, not a
            // change (look 21: such provisions became unreadable instructions).
            let history = k > 0 && tokens[k - 1].isWord("zoals") || k + 1 < tokens.count && tokens[k + 1].isWord("bij")
            if dutchAuxiliary, dutchVerbs.contains(w), !history { return true }
            if dutchAuxiliary, dutchUnits.contains(w), k - lastAuxiliary <= 16 {
                dutchUnitsAfter += 1
                if dutchUnitsAfter >= 2, Self.isRenumbering(tokens, from: lastAuxiliary) { return true }
            }
            if w == "devient" || w == "deviennent" || w == "formera" { return true }
            // "(concerne le texte allemand)", "(betreft de Duitse tekst)" — not "le pouvoir
            // organisateur concerné".
            if w == "concerne" || w == "betreft", tokens[(k + 1)...].prefix(4).contains(where: { $0.isWord("texte") || $0.isWord("tekst") }) { return true }
            if k - lastAuxiliary <= 6, dutchVerbs.contains(w) { return true }
            if k - lastAuxiliary <= 4, verbs.contains(where: { w == $0 || Scanner.isParticiple(w.text, $0) }) { return true }
            // « le montant de « A » est porté à « B » », « l'alinéa 3 est rapporté. » (look 23:
            // taken for provisions of the act): right after the auxiliary; « porté à » with
            // quoted words, « rapporté » ending its clause (not « rapportés à », related to).
            if k - lastAuxiliary == 1, Scanner.isParticiple(w.text, "port"), k + 1 < tokens.count, ["a", "au"].contains(tokens[k + 1].word),
               tokens.contains(where: { $0.kind == .quote }) { return true }
            if k - lastAuxiliary == 1, Scanner.isParticiple(w.text, "rapport"),
               k + 1 == tokens.count || tokens[k + 1].kind == .punctuation && (tokens[k + 1].isMark(".") || tokens[k + 1].isMark(";")) { return true }
        }
        return false
    }

    /// The words besides units and numbers that a Dutch renumbering holds: « het huidige
    /// tweede lid », « de bepaling onder 3° », « respectievelijk » (look 22).
    static let renumberingWords: FoldedWords = ["het", "de", "en", "huidige", "huidig", "onder", "respectievelijk", "bepalingen"]

    /// « wordt het tweede lid het derde lid. »: after the auxiliary, two units and nothing else
    /// (look 21: « wordt de verwijzing naar artikel 5 … gelezen als een verwijzing naar artikel
    /// 6 » is no renumbering).
    static func isRenumbering(_ tokens: [Token], from auxiliary: Int) -> Bool {
        let rest = tokens[(auxiliary + 1)...].prefix { !($0.kind == .punctuation && ($0.isMark(".") || $0.isMark(";"))) }
        guard rest.count <= 16 else { return false }
        let allowed = renumberingWords
        return rest.allSatisfy { token in
            let w = token.word
            return allowed.contains(w) || dutchUnits.contains(w) || Lexicon.ordinals[w] != nil || token.startsWithDigit || token.isText("§") || token.isMark(",")
        }
    }

    /// "… les mots « B » entre les mots « A » et les mots « C »." — an insertion whose verb
    /// the act left out (2021040145): the parser reads it and says so.
    static func isVerblessInsertion(_ tokens: [Token]) -> Bool {
        var end = tokens.count
        if end > 0, tokens[end - 1].isMark(".") { end -= 1 }
        // Backwards: « C » mots les et « A » mots les entre « B ».
        func wordsAt(_ quote: Int) -> Bool {
            quote >= 2 && tokens[quote].kind == .quote && ["mot", "mots"].contains(tokens[quote - 1].word) && ["le", "les"].contains(tokens[quote - 2].word)
        }
        let c = end - 1, a = c - 4
        guard c >= 0, wordsAt(c), a - 4 >= 0, tokens[c - 3].isWord("et"), wordsAt(a), tokens[a - 3].isWord("entre") else { return false }
        return tokens[a - 4].kind == .quote
    }

    /// "… les mots « A sont abrogés »." — the act's verb inside its quotation, none after it
    /// (2020040393, art. 1, 2°): the parser reads it and says so.
    static func isVerbQuoted(_ tokens: [Token]) -> Bool {
        var end = tokens.count
        if end > 0, tokens[end - 1].isMark(".") { end -= 1 }
        guard end >= 2, tokens[end - 1].kind == .quote, ["mot", "mots"].contains(tokens[end - 2].word) else { return false }
        return RepealWordsVerbQuotedForm.verb(closing: tokens[end - 1].text) != nil
    }

    /// "La présente loi règle une matière visée à l'article 74 de la Constitution", "Le
    /// présent arrêté règle, en application de l'article 138 de la Constitution, …", "Le
    /// présent décret règle une matière régionale": the clause every such act opens with.
    static func isCompetence(_ tokens: [Token]) -> Bool {
        guard tokens.count >= 4, ["le", "la"].contains(tokens[0].word), ["present", "presente"].contains(tokens[1].word) else { return false }
        guard tokens[3].isWord("regle") || tokens[3].isWord("regelt") else { return false }
        return tokens.contains { $0.isWord("constitution") || $0.isWord("matiere") || $0.isWord("grondwet") }
    }
}
