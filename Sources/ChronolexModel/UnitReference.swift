/// One step of a citation of a unit, from the largest unit to the smallest: "l'article
/// 160, § 4, alinéa 1er, 10°" is four steps. Read once where the text is read; printed,
/// never parsed back.
public enum UnitStep: Hashable, Sendable, CustomStringConvertible {
    /// `titre 4`, `chapitre 1er`, `section 2.1`.
    case division(DivisionKind, String)
    /// A division the model has no kind for, by the word the instruction uses and its
    /// number: `sous-titre 1` ("le titre 2, sous-titre 1er, chapitre 4").
    case namedDivision(String, String)
    /// `l'annexe` (number empty) or `l'annexe 2`.
    case annex(String)
    /// `l'intitulé` of the act or of the division before it.
    case heading
    /// An article, by its normalised number (`1`, `4/1`, `155.1`, `L1122-30`).
    case article(String)
    /// A numbered item of a text that numbers its parts by decimals, as annexes do ("la
    /// section 1, 1.3", "la disposition 1.5.2", "les 4.4 à 4.6"): its number as printed,
    /// without a final dot (`1.5.2`).
    case item(String)
    /// An entry of a list, by the word the act names it with and its code: « la prestation
    /// 172491-172502 », « la condition de remboursement F- § 19 », « la liste nominative
    /// 38501 » (the list of implants that the INAMI's ministerial decrees amend each month).
    case entry(String, String)
    /// A part of an entry, by the name of its field: « le libellé », « la base de
    /// remboursement », « le montant du remboursement » of a prestation.
    case field(String)
    /// A paragraph (§), by its normalised number.
    case paragraph(String)
    /// `l'alinéa 2`, counted from 1.
    case alinea(Int)
    /// `le dernier alinéa` (1), `l'avant-dernier alinéa` (2).
    case alineaFromEnd(Int)
    /// `l'alinéa unique` (Dutch `het enige lid`): the one alinéa of its article or §, which
    /// must have exactly one when the edit applies (else an error naming the count).
    case onlyAlinea
    /// A point, a letter, a roman numeral, or a dash by its position (`tiret 3`).
    case point(PointLabel)
    /// `la deuxième phrase`; 0 for "la phrase", the unit's only sentence.
    case sentence(Int)
    /// `la dernière phrase` (1), `l'avant-dernière phrase` (2); Dutch `de laatste zin`.
    case sentenceFromEnd(Int)
    /// "la phrase introductive": the words of an alinéa (or point) before the enumeration
    /// it introduces, its points excluded.
    case introduction
    /// "la définition de « X »": the one point (or alinéa) of a list of definitions whose
    /// words begin with the term defined.
    case definition(String)

    /// Larger units have smaller levels; a citation goes down the levels. Divisions are
    /// ordered by kind ("le titre 2, sous-titre 3, chapitre 4, section 4"), so that a
    /// subject ("la section 4") adds to the divisions of its context.
    public var level: Int {
        switch self {
        case .division(let kind, _): 10 * kind.rank
        case .namedDivision(let word, _): word == "sous-titre" ? 25 : 65
        case .annex: 0
        case .heading: 90
        case .article: 100
        case .item: 150
        // A nominative list holds prestations: it stands above them (and beside items).
        case .entry(let word, _): word == "liste nominative" ? 140 : 160
        case .field: 170
        case .paragraph: 200
        case .alinea, .alineaFromEnd, .onlyAlinea: 300
        case .point(let label): 400 + 100 * label.kind.rank
        case .definition: 800
        case .introduction: 850
        case .sentence, .sentenceFromEnd: 900
        }
    }

    /// True for the steps that name a division of the act (a division, an annex, a named division).
    public var isDivision: Bool {
        switch self {
        case .division, .namedDivision, .annex: true
        default: false
        }
    }

    /// The canonical short form of this step: `art. 8`, `§ 2`, `al. 2`, `2°`, `phrase 2`.
    public var description: String {
        switch self {
        case .article, .paragraph, .alinea: String(pieces: writeParts)
        case .division(let kind, let number): (kind == .other ? "division" : kind.frenchName.lowercased()) + " " + number
        case .namedDivision(let word, let number): word + " " + number
        case .annex(let number): number.isEmpty ? "annexe" : "annexe " + number
        case .heading: "intitulé"
        case .item(let number): number
        case .entry(let word, let code): word + " " + code
        case .field(let name): name
        case .alineaFromEnd(let n): n == 1 ? "dernier al." : (n == 2 ? "avant-dernier al." : "al. \(n) depuis la fin")
        case .onlyAlinea: "al. unique"
        case .point(let label): label.kind == .dash ? "tiret " + label.value : label.description
        case .sentence(let n): n == 0 ? "phrase" : "phrase " + String(n)
        case .sentenceFromEnd(let n): n == 1 ? "dernière phrase" : (n == 2 ? "avant-dernière phrase" : "phrase \(n) depuis la fin")
        case .introduction: "phrase introductive"
        case .definition(let term): "définition « \(term) »"
        }
    }

    /// ``description`` handed to `write` in pieces, the most frequent steps without making
    /// a string of each (``UnitReference/address``).
    func writeParts(_ write: (String) -> Void) {
        switch self {
        case .article(let number):
            write("art. ")
            write(number)
        case .paragraph(let number):
            write("§ ")
            write(number)
        case .alinea(let n):
            write("al. ")
            write(String(n))
        default: write(description)
        }
    }
}

/// A unit of an act as an instruction cites it: the steps from the largest unit down
/// ("l'article 160, § 4, alinéa 1er, 10°"), and the last unit of a range ("les articles 5
/// à 7", "les alinéas 3 et 4"). No step: the act as a whole.
public struct UnitReference: Hashable, Sendable, CustomStringConvertible {
    public var steps: [UnitStep]
    /// The last unit of a range, of the same kind as the last step.
    public var through: UnitStep?

    public init(_ steps: [UnitStep] = [], through: UnitStep? = nil) {
        self.steps = steps
        self.through = through
    }

    /// True when the reference names the act as a whole.
    public var isWholeAct: Bool { steps.isEmpty }

    /// The article number, when the reference is inside an article.
    public var article: String? {
        for step in steps { if case .article(let number) = step { return number } }
        return nil
    }

    /// The steps below the article, when the reference is inside an article.
    public var belowArticle: ArraySlice<UnitStep>? {
        guard let index = steps.firstIndex(where: { if case .article = $0 { return true } else { return false } }) else { return nil }
        return steps[(index + 1)...]
    }

    /// The canonical address, `art. 160, § 4, al. 1, 10°`; "the act" for the act as a whole.
    public var description: String { steps.isEmpty ? "the act" : Self.render(steps) }

    /// The canonical address, or `nil` for the act as a whole (as JSON writes it).
    public var address: String? { steps.isEmpty ? nil : Self.render(steps) }

    /// The last unit of the range, in full (`art. 51, § 1, al. 4`).
    public var throughAddress: String? {
        guard let through else { return nil }
        return Self.render(steps.dropLast() + [through])
    }

    /// The reference with another last unit: the range's last unit as a reference of its own.
    public var last: UnitReference? {
        guard let through else { return nil }
        return UnitReference(Array(steps.dropLast()) + [through])
    }

    /// The steps' descriptions joined by commas, written into one string (no array of them
    /// first: `edits` writes an address for every edit).
    private static func render<S: Sequence>(_ steps: S) -> String where S.Element == UnitStep {
        String(pieces: { write in
            var first = true
            for step in steps {
                if !first { write(", ") }
                first = false
                step.writeParts(write)
            }
        })
    }

    /// The steps of `context` above the first of these, then these: a sub-instruction adds
    /// to its lead-in's target ("A l'article 160 …" + "au § 4" = art. 160, § 4).
    public func merged(into context: [UnitStep]) -> UnitReference {
        UnitReference(Self.merge(context, steps), through: through)
    }

    /// The context's steps above the new ones, then the new ones.
    public static func merge(_ context: [UnitStep], _ new: [UnitStep]) -> [UnitStep] {
        guard let minimum = new.map(\.level).min() else { return context }
        return context.filter { $0.level < minimum } + new
    }

    /// The address in the model's terms, when the reference is inside an article and
    /// names no unit the ``Address`` cannot say (an alinéa counted from the end, a
    /// division).
    public var modelAddress: Address? {
        var address: Address?
        for step in steps {
            switch step {
            case .article(let n): address = Address(article: n)
            case .paragraph(let p): address?.paragraph = p
            case .alinea(let n): address?.alinea = n
            // The only alinéa: the model's address names none (it names an alinéa only where there are several).
            case .onlyAlinea: break
            case .point(let label): address?.points.append(label)
            case .sentence(let n): address?.sentence = n == 0 ? nil : n
            case .introduction: break
            case .division, .namedDivision, .annex, .item, .entry, .field, .heading, .alineaFromEnd, .sentenceFromEnd, .definition: return nil
            }
        }
        return address
    }
}
