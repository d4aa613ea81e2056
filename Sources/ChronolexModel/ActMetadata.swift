/// The language an act's version is written in. Belgian acts are published in French,
/// Dutch and often German; each version is a text of its own.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case french = "fr"
    case dutch = "nl"
    case german = "de"
}

/// The kind of an act, as its title and its ELI address name it. The kind matters: an
/// amending act cites "l'arrêté royal du …" or "la loi du …", and Justel abbreviates it
/// (`L`, `AR`, `DCFR`, …) in its footnotes.
public enum ActKind: String, Sendable, Hashable, CaseIterable {
    case constitution
    case loi
    case decret
    case ordonnance
    case arreteRoyal = "arrete-royal"
    case arreteDuGouvernement = "arrete-du-gouvernement"
    case arreteMinisteriel = "arrete-ministeriel"
    /// An arrêté whose author the text does not say (the ELI type `arrete` alone).
    case arrete
    case code
    case revision

    /// The name a French text uses for it.
    public var frenchName: String {
        switch self {
        case .constitution: "Constitution"
        case .loi: "loi"
        case .decret: "décret"
        case .ordonnance: "ordonnance"
        case .arreteRoyal: "arrêté royal"
        case .arreteDuGouvernement: "arrêté du Gouvernement"
        case .arreteMinisteriel: "arrêté ministériel"
        case .arrete: "arrêté"
        case .code: "code"
        case .revision: "révision de la Constitution"
        }
    }

    /// The name a Dutch text uses for it (`wet`, `koninklijk besluit`: the words
    /// ``fromTitle(_:)`` reads at the start of a Dutch title).
    public var dutchName: String {
        switch self {
        case .constitution: "Grondwet"
        case .loi: "wet"
        case .decret: "decreet"
        case .ordonnance: "ordonnantie"
        case .arreteRoyal: "koninklijk besluit"
        case .arreteDuGouvernement: "besluit van de Regering"
        case .arreteMinisteriel: "ministerieel besluit"
        case .arrete: "besluit"
        case .code: "wetboek"
        case .revision: "herziening van de Grondwet"
        }
    }

    /// How Justel's pages in `language` abbreviate an act of this kind in their footnotes.
    /// Dutch pages write `W` for a law and `KB` for a royal decree (the Strafwetboek's Dutch
    /// page in `shared/corpus/justel-html`: `(1)<W 2018-07-11/10, art. 2, 132; …>`,
    /// `<KB 1999-06-09/57, art. 27, 026; …>`); the Dutch abbreviations of the other kinds
    /// are in none of the pages Chronolex holds, so they keep the French one
    /// (``justelAbbreviation(authority:)``), as do French and German pages.
    public func justelAbbreviation(authority: String?, language: Language?) -> String {
        if language == .dutch {
            switch self {
            case .loi: return "W"
            case .arreteRoyal: return "KB"
            default: break
            }
        }
        return justelAbbreviation(authority: authority)
    }

    /// How Justel abbreviates an act of this kind in its footnotes (`L`, `AR`, `AM`, and,
    /// for the acts of a Community or a Region, by the authority that adopted it: `ACG`,
    /// `DCG`, `ARW`, `DRW`, `DCFR`, `AGCF`, `DCFL`, `AGF`), from the authority as the
    /// Moniteur names it (`COMMUNAUTE GERMANOPHONE`, `Service public de Wallonie`). The one
    /// table of these abbreviations; an authority it does not know gives the kind's
    /// generic one (`ARR`, `DCR`, `ORD`).
    public func justelAbbreviation(authority: String?) -> String {
        let who = (authority ?? "").folded
        let region: String? =
            who.contains("germanophone") || who.contains("deutschsprachig") ? "germanophone"
            : who.contains("communaute francaise") || who.contains("federation wallonie") ? "francaise"
            : who.contains("wallon") || who.contains("wallonie") ? "wallonne"
            : who.contains("flamand") || who.contains("vlaams") || who.contains("vlaamse") ? "flamande"
            : nil
        switch self {
        case .loi: return "L"
        case .arreteRoyal: return "AR"
        case .arreteMinisteriel: return "AM"
        case .arreteDuGouvernement, .arrete:
            switch region {
            case "germanophone": return "ACG"
            case "francaise": return "AGCF"
            case "wallonne": return "ARW"
            case "flamande": return "AGF"
            default: return "ARR"
            }
        case .decret:
            switch region {
            case "germanophone": return "DCG"
            case "francaise": return "DCFR"
            case "wallonne": return "DRW"
            case "flamande": return "DCFL"
            default: return "DCR"
            }
        case .ordonnance: return "ORD"
        case .constitution, .revision: return "CONST"
        case .code: return "CODE"
        }
    }

    /// The kind named at the start of a title (`Arrêté du Gouvernement modifiant …`,
    /// `Loi relative …`, `Wet betreffende …`), or `nil`.
    public static func fromTitle(_ title: String) -> ActKind? {
        // A title Justel shows as replaced starts with its marker: `[Arrêté royal …]`.
        let lower = String(title.trimmingSpaces.drop { $0 == "[" }).folded
        let prefixes: [(String, ActKind)] = [
            ("arrete royal", .arreteRoyal), ("arrete du gouvernement", .arreteDuGouvernement),
            ("arrete ministeriel", .arreteMinisteriel), ("arrete", .arrete),
            ("loi", .loi), ("decret", .decret), ("ordonnance", .ordonnance),
            ("code", .code), ("constitution", .constitution), ("revision de la constitution", .revision),
            ("koninklijk besluit", .arreteRoyal), ("besluit van de regering", .arreteDuGouvernement),
            ("ministerieel besluit", .arreteMinisteriel), ("besluit", .arrete), ("wet", .loi),
            ("decreet", .decret), ("ordonnantie", .ordonnance), ("wetboek", .code), ("grondwet", .constitution),
        ]
        for (prefix, kind) in prefixes where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.isEmpty || rest.first == " " || rest.first == "," || rest.first == "." { return kind }
        }
        return nil
    }

    /// The kind an ELI address's `{type}` segment names (`arrete`, `loi`, `wet`, …), or `nil`.
    public static func fromELIType(_ type: String) -> ActKind? {
        switch type {
        case "loi", "wet": .loi
        case "decret", "decreet": .decret
        case "ordonnance", "ordonnantie": .ordonnance
        case "arrete", "besluit": .arrete
        case "constitution", "grondwet": .constitution
        default: nil
        }
    }
}

/// What is known about an act besides its text: its identifiers and dates, as the front
/// matter of the seed format (or the header of an eJustice page) gives them.
public struct ActMetadata: Hashable, Sendable {
    /// One front-matter field that Chronolex keeps but does not interpret (`pdf-original`, …).
    public struct Field: Hashable, Sendable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// The Moniteur belge number: ten characters, the first four the year of publication.
    public var numac: String?
    public var kind: ActKind?
    /// The title in the act's language (without the date prefix).
    public var title: String?
    /// Titles in other languages, when given (`title-nl`, `title-de`).
    public var otherTitles: [Language: String] = [:]
    /// The act's own date (promulgation or signature), not its publication.
    public var date: LegalDate?
    /// The date of publication in the Moniteur belge.
    public var publication: LegalDate?
    /// The entry into force of the act as a whole, when known (front matter `starts:`).
    public var entryIntoForce: LegalDate?
    /// The issuing authority as the Moniteur names it (`COMMUNAUTE GERMANOPHONE`).
    public var source: String?
    /// The dossier number (`2022-12-22/31`): Justel cites amending acts by it.
    public var dossier: String?
    /// The page in the Moniteur belge.
    public var page: String?
    /// The ELI address of the act.
    public var eli: String?
    public var language: Language?
    /// For a Justel consolidation, the date it is up to ("mise à jour au 21-09-2023" in its
    /// title's note; front matter `consolidated:` in the normalised markdown).
    public var consolidatedOn: LegalDate?
    /// The note Justel adds to the title (`(NOTE : Consultation des versions antérieures …)`).
    public var justelNote: String?
    /// Numacs of the acts this act amends, when known (front matter `modifies:`).
    public var modifies: [String] = []
    /// Other fields, in the order they were read.
    public var extra: [Field] = []

    public init() {}
}
