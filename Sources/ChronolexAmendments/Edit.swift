import ChronolexModel

/// One change that an amending act makes to another act, read from its words: which act,
/// which unit, what is done to it, with what text, from when, and which article of which
/// amending act says so. One instruction gives one edit per operation ("les mots … sont
/// insérés … et le point en fin de phrase est remplacé …" gives two).
public struct Edit: Hashable, Sendable {
    /// The amending act and the place of the instruction inside it.
    public var source: EditSource
    /// The act amended, as resolved from the citation; `nil` when it could not be resolved.
    public var targetAct: ActCitation?
    /// The unit of the amended act, as the instruction cites it (no step: the act as a whole).
    public var target: UnitReference
    /// What is done; `nil` when the instruction could not be read (see ``error``).
    public var change: Change?
    /// The date from which the edit counts, or why it has none yet.
    public var effective: EffectiveDate?
    /// True when the edit takes effect before the amending act was published.
    public var retroactive: Bool
    /// The history the instruction recalls ("modifié par l'arrêté du Gouvernement du …"):
    /// information about the amended act, not edits.
    public var history: [String]
    /// Remarks the instruction makes that change nothing by themselves ("qui devient l'alinéa 4").
    public var notes: [String]
    /// What could not be read, when the edit is incomplete.
    public var error: String?
    /// The line of the act's entry-into-force clause that could not be read, when that
    /// clause alone leaves this edit without a date (its `error` says so): the clause's own
    /// error then reaches the articles of such edits only (look 31: it stopped `consolidate
    /// --article` of an article the act does not touch).
    public var undatedByClauseAt: Int?
    /// For an instruction whose verb could not be read, the place it names before it when
    /// what it can change is there (« Dans l'article 5, les mots « x » sont bidouillés »: art.
    /// 5): its failure reaches that article only. Not its target: nothing is said to change.
    public var unreadPlace: UnitReference?
    /// The acts the instruction says inserted the alinéas it cites ("l'alinéa 2, inséré par
    /// l'arrêté du Gouvernement du 20 mai 2021"), for the timeline to check its numbering.
    public var insertedBy: [InsertionClaim] = []
    /// The target as the act may also mean it: an alinéa cited by its number after an
    /// earlier instruction of the same article inserts one at or before it (« 1° un alinéa
    /// est inséré entre les alinéas 1er et 2 ; 2° dans l'alinéa 2, … », 2019030053, art.
    /// 10), counted as before that insertion (`target` counts it in). `nil` elsewhere.
    public var countedBeforeInsertion: UnitReference?
    /// The row of a table the instruction names for its words (« dans la ligne ayant trait
    /// au code 170101, après les mots … »): the words are sought in that row only.
    public var row: TableRow?
    /// The column of that table the instruction names (« dans la colonne relative aux
    /// " Caractéristiques du déchet valorisé " »): the words are sought in its cell only.
    public var column: TableColumn?
    /// The words that say which of the unit's tables the row is in (« … sont apportées
    /// concernant le premier domaine d'utilisation : », 2023200531), when the instruction gives
    /// them: not located — the row is then sought only where the unit holds one table.
    public var tableNamed: String?
    /// The article of another act that fixed this edit's date, when its own act left it
    /// to be fixed (« à la date fixée par le Roi », then an arrêté « Les articles 14 à 16
    /// de la loi du … entrent en vigueur le … »); set by the consolidation. `nil` otherwise.
    public var datedBy: EditSource?

    public init(source: EditSource, targetAct: ActCitation? = nil, target: UnitReference = UnitReference(), change: Change? = nil,
                effective: EffectiveDate? = nil, retroactive: Bool = false, history: [String] = [], notes: [String] = [], error: String? = nil) {
        self.source = source
        self.targetAct = targetAct
        self.target = target
        self.change = change
        self.effective = effective
        self.retroactive = retroactive
        self.history = history
        self.notes = notes
        self.error = error
    }
}

/// "l'alinéa 2, inséré par l'arrêté du Gouvernement du 20 mai 2021": the unit as cited and
/// the date of the one act the instruction says inserted it.
public struct InsertionClaim: Hashable, Sendable {
    public var unit: UnitStep
    public var date: LegalDate

    public init(unit: UnitStep, date: LegalDate) {
        self.unit = unit
        self.date = date
    }
}

/// The amending act as the Moniteur identifies it: numac, date, dossier number (by which
/// Justel cites it), publication.
///
/// Every edit's source holds its amending act: the fields are kept once, in storage the
/// edits of one act share, and copied only when one of them is changed (an edit copied is
/// one reference counted, not eight strings).
public struct AmendingActRef: Hashable, Sendable {
    /// The fields, shared by the copies until one of them changes a field.
    private final class Storage: @unchecked Sendable {
        var numac: String?
        var date: LegalDate?
        var dossier: String?
        var publication: LegalDate?
        var title: String?
        var authority: String?
        var eli: String?
        var page: String?
        var file: String

        init(numac: String?, date: LegalDate?, dossier: String?, publication: LegalDate?, title: String?,
             authority: String?, eli: String?, page: String?, file: String) {
            self.numac = numac
            self.date = date
            self.dossier = dossier
            self.publication = publication
            self.title = title
            self.authority = authority
            self.eli = eli
            self.page = page
            self.file = file
        }

        func copy() -> Storage {
            Storage(numac: numac, date: date, dossier: dossier, publication: publication, title: title,
                    authority: authority, eli: eli, page: page, file: file)
        }
    }

    private var storage: Storage

    /// True when `other` is a copy of this reference that neither has changed since (they
    /// share their fields): the same amending act, told without comparing fields.
    func isSame(as other: AmendingActRef) -> Bool { storage === other.storage }

    /// The storage, made this value's own before a field of it changes.
    private mutating func owned() -> Storage {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
        return storage
    }

    public var numac: String? {
        get { storage.numac }
        set { owned().numac = newValue }
    }
    public var date: LegalDate? {
        get { storage.date }
        set { owned().date = newValue }
    }
    public var dossier: String? {
        get { storage.dossier }
        set { owned().dossier = newValue }
    }
    public var publication: LegalDate? {
        get { storage.publication }
        set { owned().publication = newValue }
    }
    public var title: String? {
        get { storage.title }
        set { owned().title = newValue }
    }
    /// The authority that adopted it, as the Moniteur names it (`COMMUNAUTE GERMANOPHONE`).
    public var authority: String? {
        get { storage.authority }
        set { owned().authority = newValue }
    }
    /// Its ELI address, when its metadata gives one (`url:`, an eJustice page's ELI).
    public var eli: String? {
        get { storage.eli }
        set { owned().eli = newValue }
    }
    /// The page of the Moniteur belge it stands on (`page:`): of two acts published the same
    /// day, the one on the earlier page comes first.
    public var page: String? {
        get { storage.page }
        set { owned().page = newValue }
    }
    public var file: String {
        get { storage.file }
        set { owned().file = newValue }
    }

    public init(numac: String? = nil, date: LegalDate? = nil, dossier: String? = nil, publication: LegalDate? = nil, title: String? = nil,
                authority: String? = nil, eli: String? = nil, page: String? = nil, file: String) {
        storage = Storage(numac: numac, date: date, dossier: dossier, publication: publication, title: title,
                          authority: authority, eli: eli, page: page, file: file)
    }

    /// Equal when every field is, as before the fields were shared.
    public static func == (lhs: AmendingActRef, rhs: AmendingActRef) -> Bool {
        if lhs.storage === rhs.storage { return true }
        return lhs.numac == rhs.numac && lhs.date == rhs.date && lhs.dossier == rhs.dossier && lhs.publication == rhs.publication
            && lhs.title == rhs.title && lhs.authority == rhs.authority && lhs.eli == rhs.eli && lhs.page == rhs.page && lhs.file == rhs.file
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(numac)
        hasher.combine(date)
        hasher.combine(dossier)
        hasher.combine(publication)
        hasher.combine(title)
        hasher.combine(authority)
        hasher.combine(eli)
        hasher.combine(page)
        hasher.combine(file)
    }

    /// The ELI address when it is a web address (`https://…`), for a link.
    public var eliLink: String? {
        guard let eli, eli.hasPrefix("https://") || eli.hasPrefix("http://") else { return nil }
        return eli
    }

    /// The kind of act, from its title.
    public var kind: ActKind? { title.flatMap(ActKind.fromTitle) }

    /// Its kind and date as a French text names it: `arrêté royal du 1er mars 2012`.
    public var kindAndDate: String {
        (kind?.frenchName ?? "acte") + (date.map { " du " + $0.french } ?? "")
    }

    /// The act as Justel cites it in its footnotes: `ACG 2022-12-15/22`, `L 2004-12-22/35`.
    public var justelCitation: String { justelCitation(in: nil) }

    /// The act as Justel's pages in `language` cite it: `KB 2022-12-22/31` in a Dutch page
    /// (``ActKind/justelAbbreviation(authority:language:)``), `AR 2022-12-22/31` in a French one.
    public func justelCitation(in language: Language?) -> String {
        (kind?.justelAbbreviation(authority: authority, language: language) ?? "ACTE") + " " + (dossier ?? numac ?? date?.iso ?? "?")
    }
}

/// Where an instruction stands: the amending act, the article, and the sub-instruction
/// (`art. 8, 2°, e)`), with file and line. Entry-into-force clauses point at such addresses.
public struct EditSource: Hashable, Sendable {
    public var act: AmendingActRef
    /// The article of the amending act, normalised (`1` for `1er`).
    public var article: String
    /// The enumerated sub-instruction, from the outermost (`[2°, e)]`).
    public var points: [PointLabel]
    public var line: Int?

    public init(act: AmendingActRef, article: String, points: [PointLabel] = [], line: Int? = nil) {
        self.act = act
        self.article = ArticleNumber.normalized(article)
        self.points = points
        self.line = line
    }

    public var file: String { act.file }

    /// `art. 8, 2°, e)`.
    public var address: String { Address(article: article, points: points).description }

    /// `Art. 8, 2°, e)`, as diagnostics name the unit.
    public var unit: String { "Art. " + String(address.dropFirst(5)) }
}

/// An act as an amending act cites it: its kind, date and title (and numac when the front
/// matter's `modifies:` gives it). Every citation of the same act ("de l'arrêté du
/// Gouvernement du 22 mai 2014 relatif aux …", "du même arrêté") resolves to one value.
public struct ActCitation: Hashable, Sendable {
    public var kind: ActKind?
    public var date: LegalDate?
    /// The words after the date (`relatif aux accueillants autonomes`), or the name of a
    /// code (`Code judiciaire`).
    public var title: String?
    public var numac: String?

    public init(kind: ActKind? = nil, date: LegalDate? = nil, title: String? = nil, numac: String? = nil) {
        self.kind = kind
        self.date = date
        self.title = title
        self.numac = numac
    }

    /// The act as a jurist names it: `arrêté du Gouvernement du 22 mai 2014 relatif aux …`.
    public var name: String {
        if kind == .code, let title { return title }
        var text = kind?.frenchName ?? "acte"
        if let date { text += " du " + date.french }
        if let title, !title.isEmpty { text += " " + title }
        return text
    }
}

/// What an instruction does, one case per kind of change, each with what it needs and
/// nothing else: words and where they go, a fragment of new text and where it goes, a new
/// number. The timeline applies each case with an applier of its own. Indirect: a change is
/// copied with each output, edit and test of its kind, and its payload (some 300 bytes, a
/// retain per field) was copied each time.
public indirect enum Change: Hashable, Sendable {
    /// "les mots « A » sont remplacés par les mots « B »" (`every`: "chaque fois").
    case replaceWords(QuotedWords, by: String, every: Bool)
    /// "les mots « B » sont insérés entre les mots « A » et « C »", "… complété par les mots
    /// « B »" (at the end); `nil` when the instruction does not say where.
    case insertWords(String, at: WordPosition?)
    /// "les mots « A » sont abrogés / supprimés", "la phrase « A » est abrogée".
    case deleteWords(QuotedWords, every: Bool)
    /// "le point en fin de phrase est remplacé par un point-virgule".
    case replaceFinalMark(QuotedWords, by: String)
    /// "le point final est supprimé".
    case deleteFinalMark(QuotedWords)
    /// "la fin de la première phrase est supprimée" — after the words, when said ("Après le
    /// mot « X », la fin de la phrase est supprimée").
    case deleteEnd(after: String?)
    /// "l'alinéa 1er est remplacé par ce qui suit : « … »", "L'article 35 est remplacé …",
    /// "L'intitulé … est remplacé …": the target (or range) replaced by the new text.
    case replaceUnits(Fragment)
    /// "Dans l'article 4, le tableau est remplacé par le tableau suivant :" then the rows
    /// (2024200691): the one table the target holds, its rows replaced by these (one block
    /// per row, `| cell | cell |`, cells trimmed); the words before and after it stay.
    case replaceTable(Fragment)
    /// « la ligne qui commence par " X " et termine par " Y " est abrogée », « la ligne ayant
    /// trait au code 170201 est abrogée » (2020040393, 2023200531): the one row of a table of
    /// the target that the instruction describes, taken out.
    case repealTableRow(TableRow)
    /// Values written at the foot of a table's columns, the row the table gains each year
    /// (« la colonne de l'année … est complétée par « 2020 » », « les colonnes … sont
    /// respectivement complétées par « 2020 » et « 10,20 » », 2021030322).
    case completeColumns([ColumnValue])
    /// The words of a cell replaced whole, the cell where a row and a column meet (« dans la
    /// colonne " Mode d'utilisation ", dans la ligne ayant trait au code 170302A, la
    /// disposition est remplacée par la disposition suivante : " … " », 2023200531): the
    /// edit's ``Edit/row`` and ``Edit/column`` name it.
    case replaceCell(String)
    /// The units from the one that begins with some words to the one that ends with others,
    /// replaced by a new text (« l'énumération commençant par les mots " 140 jusqu'au 149 " et
    /// se terminant par le mot " chemotherapy " est remplacée par l'énumération suivante :
    /// " - C00-C14 : … " », 2020040068).
    case replaceSpan(from: String, through: String, by: Fragment)
    /// A table's columns completed as a table this act gives shows them (« les diverses
    /// colonnes du tableau … sont complétées comme indiqué à l'annexe au présent arrêté »,
    /// 2021030322, art. 2): the new text is that table's rows, headings included (which of
    /// them the base's table already holds is not read).
    case appendRows(Fragment)
    /// "il est inséré un article 155.1 …", "est complété par un alinéa …": new units, where
    /// the instruction places them (`nil`: not said).
    case insertUnits(NewUnit, Fragment, at: UnitPosition?)
    /// "l'alinéa 2 est abrogé", "Les articles 5 à 9 sont abrogés": the unit stays, repealed.
    case repeal
    /// "L'arrêté royal du … est retiré", "Les articles 3 et 4 … sont retirés": a withdrawal
    /// (retrait) — the act or unit is deemed never to have existed, unlike a repeal, which
    /// ends it from a date on.
    case withdraw
    /// "l'alinéa 5 devient le § 2, alinéa 1er", "dont le texte actuel formera le § 1er".
    case renumber(as: UnitReference)
    /// "L'article 6, abrogé par …, est rétabli dans la rédaction suivante : « … »".
    case reestablish(Fragment)
    /// "(concerne le texte allemand)": nothing to do in this language version.
    case noop(language: String)

    /// The five things an instruction can do, as `explain` and JSON name them.
    public var kind: OperationKind {
        switch self {
        case .replaceWords, .replaceFinalMark, .replaceUnits, .replaceTable, .replaceCell, .replaceSpan: .replace
        case .insertWords, .insertUnits, .reestablish, .completeColumns, .appendRows: .insert
        case .deleteWords, .deleteFinalMark, .deleteEnd, .repeal, .repealTableRow: .repeal
        case .withdraw: .withdraw
        case .renumber: .renumber
        case .noop: .noop
        }
    }

    /// The words of the target the change acts on, when it acts on words.
    public var words: QuotedWords? {
        switch self {
        case .replaceWords(let words, _, _), .deleteWords(let words, _), .replaceFinalMark(let words, _), .deleteFinalMark(let words): words
        default: nil
        }
    }

    /// The words the change writes, when it writes words.
    public var newWords: String? {
        switch self {
        case .replaceWords(_, let new, _), .replaceFinalMark(_, let new), .replaceCell(let new): new
        case .insertWords(let new, _): new
        default: nil
        }
    }

    /// The new text, when the change brings one.
    public var fragment: Fragment? {
        switch self {
        case .replaceUnits(let fragment), .insertUnits(_, let fragment, _), .reestablish(let fragment), .replaceTable(let fragment),
             .appendRows(let fragment), .replaceSpan(_, _, let fragment): fragment
        default: nil
        }
    }

    /// The same change with another new text.
    public func replacingFragment(_ fragment: Fragment) -> Change {
        switch self {
        case .replaceUnits: .replaceUnits(fragment)
        case .replaceTable: .replaceTable(fragment)
        case .insertUnits(let unit, _, let position): .insertUnits(unit, fragment, at: position)
        case .reestablish: .reestablish(fragment)
        case .appendRows: .appendRows(fragment)
        case .replaceSpan(let from, let through, _): .replaceSpan(from: from, through: through, by: fragment)
        default: self
        }
    }

    /// The part of the target the change is to when it is not a unit nor words: `table`
    /// for the table the target holds; `nil` otherwise.
    public var part: String? {
        switch self {
        case .replaceTable: "table"
        case .repealTableRow: "row"
        case .completeColumns: "columns"
        case .replaceCell: "cell"
        case .replaceSpan: "span"
        case .appendRows: "rows"
        default: nil
        }
    }

    /// The row a `repealTableRow` repeals; `nil` for any other change.
    public var repealedRow: TableRow? {
        if case .repealTableRow(let row) = self { return row }
        return nil
    }

    /// True when the change seeks quoted words in its target (words replaced or deleted, or
    /// words inserted before, after or between others): where they stand tells the unit.
    public var seeksWords: Bool {
        switch self {
        case .replaceWords, .deleteWords: true
        case .insertWords(_, let position?):
            if case .end = position { false } else { true }
        default: false
        }
    }

    /// "chaque fois": every occurrence inside the target.
    public var everyOccurrence: Bool {
        switch self {
        case .replaceWords(_, _, let every), .deleteWords(_, let every): every
        default: false
        }
    }
}

/// A column of a table, as an instruction names it: by the words of its heading (« la
/// colonne " Mode d'utilisation " », « la colonne relative aux " … " ») or by its number
/// (« la colonne 3 »).
public struct TableColumn: Hashable, Sendable, CustomStringConvertible {
    /// The words of its heading, as quoted.
    public var heading: String?
    /// Its number, counted from 1 on the left.
    public var number: Int?
    /// The words that describe it, when the act names it so rather than by its heading
    /// (« la colonne de l'année au cours de laquelle le contrat de prêt est conclu »).
    public var described: String?

    public init(heading: String? = nil, number: Int? = nil, described: String? = nil) {
        self.heading = heading
        self.number = number
        self.described = described
    }

    /// The column a cited part of a table names (`colonne « X »`, `colonne relative aux « X »`,
    /// `colonne 3`, as the reference reader writes them); `nil` for a row or anything else.
    init?(cell: String) {
        let words = cell.split(separator: " ", maxSplits: 1)
        guard words.first == "colonne", let rest = words.last, words.count == 2 else { return nil }
        if let open = rest.firstIndex(of: "«"), let close = rest.lastIndex(of: "»"), open < close {
            let heading = rest[rest.index(after: open)..<close].trimmingSpaces
            guard !heading.isEmpty else { return nil }
            self.init(heading: heading)
        } else if let n = Int(rest.prefix { $0.isNumber }), n > 0 {
            self.init(number: n)
        } else {
            return nil
        }
    }

    /// As output names it: `column « X »`, `column 3`.
    public var description: String {
        if let heading { return "column « \(heading) »" }
        if let described { return "column « \(described) »" }
        return "column \(number ?? 0)"
    }
}

/// A value an instruction writes at the foot of a column (« la colonne du taux … est
/// complétée par « 1,41 » en ce qui concerne les prêts … »), with the words that say which
/// part of the column takes it, when the act gives them.
public struct ColumnValue: Hashable, Sendable {
    public var column: TableColumn
    public var value: String
    /// « en ce qui concerne les prêts dont le remboursement est garanti par une
    /// assurance-vie mixte »: the rows or sub-columns the value is for.
    public var concerning: String?

    public init(column: TableColumn, value: String, concerning: String? = nil) {
        self.column = column
        self.value = value
        self.concerning = concerning
    }
}

/// A row of a table, as an instruction describes it: tables are words of their unit (their
/// `| … |` lines), and a row is found by its words.
public enum TableRow: Hashable, Sendable, CustomStringConvertible {
    /// « la ligne qui commence par " X " » (« … et termine par " Y " »): its first cell
    /// begins with X (and its last ends with Y).
    case startingWith(String, endingWith: String?)
    /// « la ligne ayant trait au code 170201 »: a cell of its own is that code, or its first
    /// cell begins with it (« 170201 (*) »).
    case about(String)
    /// « les lignes ayant trait aux matières intitulées " sable de débris hydrocarbonés " … »:
    /// a cell of its own is those words exactly (« sable » is not « sable de béton »).
    case named(String)
    /// « les lignes 13, 14, 15 … ayant trait respectivement aux matières intitulées " A ", … »
    /// (2023200531, art. 8, 5°, c)): the row of that number, counted from the first row under
    /// the table's heading (rows without a word not counted), a cell of which is those words.
    case numbered(Int, about: String)

    /// The words that find the row.
    public var words: [String] {
        switch self {
        case .startingWith(let first, let last): [first] + (last.map { [$0] } ?? [])
        case .about(let key), .named(let key), .numbered(_, let key): [key]
        }
    }

    /// As output names it: `row starting with « X »`, `row about « 170201 »`.
    public var description: String {
        switch self {
        case .startingWith(let first, let last?): "row starting with « \(first) » and ending with « \(last) »"
        case .startingWith(let first, nil): "row starting with « \(first) »"
        case .about(let key): "row about « \(key) »"
        case .named(let key): "row of « \(key) »"
        case .numbered(let number, let key): "row \(number) about « \(key) »"
        }
    }
}

/// The six things an instruction can do.
public enum OperationKind: String, Hashable, Sendable, CaseIterable {
    /// A unit or words are replaced ("est remplacé par ce qui suit", "les mots … sont remplacés par …").
    case replace
    /// A unit or words are added ("il est inséré", "est complété par", "sont insérés entre").
    case insert
    /// A unit or words are repealed or deleted ("est abrogé", "sont supprimés").
    case repeal
    /// A unit takes another number ("l'alinéa 5 devient le § 2, alinéa 1er").
    case renumber
    /// No change to this language version ("(concerne le texte allemand)").
    case noop
    /// An act or its articles withdrawn (« est retiré »): deemed never to have existed, which
    /// is not a repeal from a date (hand check 16: it was printed as one in the JSON).
    case withdraw
}

/// Words an instruction quotes from the target, with the noun it names them by (`mots`,
/// `mot`, `chiffre`, `phrase`, `montant`…; for a final mark, `point final`).
public struct QuotedWords: Hashable, Sendable {
    public var text: String
    public var noun: String
    /// How many times the instruction says the words stand there ("est remplacé deux
    /// fois"): any other count is an error. `nil` when it does not say.
    public var times: Int?

    public init(_ text: String, noun: String, times: Int? = nil) {
        self.text = text
        self.noun = noun
        self.times = times
    }
}

/// Where new words go inside the target.
public enum WordPosition: Hashable, Sendable {
    /// At the end ("est complété par les mots …"), before the final punctuation when the
    /// words continue the sentence.
    case end
    /// Before the words ("insérés avant les mots « A »").
    case before(String)
    /// After the words ("insérés après les mots « A »").
    case after(String)
    /// Between the words ("insérés entre les mots « A » et les mots « C »").
    case between(String, String)

    /// The words the position names.
    public var anchors: [String] {
        switch self {
        case .end: []
        case .before(let a), .after(let a): [a]
        case .between(let a, let b): [a, b]
        }
    }
}

/// Where new units go.
public enum UnitPosition: Hashable, Sendable {
    /// At the end of the target ("est complété par un alinéa").
    case end
    /// Where their number places them ("il est inséré un 8.1°": after 8°).
    case byNumber
    /// Before a unit ("avant le 1°"), named in full (its article and § included).
    case before(UnitReference)
    /// After a unit ("après l'alinéa 2").
    case after(UnitReference)
    /// Between two units ("entre les alinéas 2 et 3").
    case between(UnitReference, UnitReference)
    /// After a table the target holds, named by the title above it (« après le tableau
    /// relatif au titre " Test sur la composition de l'échantillon brut " », 2023200531).
    case afterTable(titled: String)

    /// The units the position names.
    public var anchors: [UnitReference] {
        switch self {
        case .end, .byNumber, .afterTable: []
        case .before(let a), .after(let a): [a]
        case .between(let a, let b): [a, b]
        }
    }
}

/// The units an insertion brings, as the instruction names them: "un alinéa", "deux
/// alinéas", "un alinéa 3", "un § 3", "un 11°", "un article 155.1", "les articles 13 à
/// 21", "une section 2.1", "une phrase".
public struct NewUnit: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case article, paragraph, alinea, point, sentence, dash, annex
        case division(DivisionKind)
        /// An entry of a list, by the word the act names it with (« condition de
        /// remboursement », « prestation »); its code is the unit's number.
        case entry(String)
    }

    public var kind: Kind
    /// The number the new unit takes, when the instruction gives it: `155.1`, `3` (§ 3,
    /// alinéa 3), `2.1` (section 2.1), a point's label as written (`11°`, `1° A`).
    public var number: String?
    /// A point's label, read.
    public var label: PointLabel?
    /// The last number of a range ("les articles 13 à 21").
    public var through: String?
    /// How many, when the instruction says so ("deux alinéas").
    public var count: Int?

    public init(_ kind: Kind, number: String? = nil, label: PointLabel? = nil, through: String? = nil, count: Int? = nil) {
        self.kind = kind
        self.number = number
        self.label = label
        self.through = through
        self.count = count
    }

    /// True when the instruction numbers the new unit (its place follows from its number).
    public var isNumbered: Bool { number != nil }

    /// As named in output: `alinéa`, `alinéa 3`, `§ 3`, `11°`, `article 155.1`,
    /// `articles 13 à 21`, `section 2.1`, `phrase`.
    public var description: String {
        switch kind {
        case .article:
            if let number, let through { return "articles \(number) à \(through)" }
            return number.map { "article " + $0 } ?? "article"
        case .paragraph:
            if let number, let through { return "§§ \(number) à \(through)" }
            return number.map { "§ " + $0 } ?? "§"
        case .alinea: return number.map { "alinéa " + $0 } ?? "alinéa"
        case .point: return (number ?? label?.description ?? "point") + (through.map { " à " + $0 } ?? "")
        case .sentence: return "phrase"
        case .dash: return number.map { "tiret " + $0 } ?? "tiret"
        case .annex: return number.map { "annexe " + $0 } ?? "annexe"
        case .division(let kind): return kind.frenchName.lowercased() + (number.map { " " + $0 } ?? "")
        case .entry(let word): return word + (number.map { " " + $0 } ?? "")
        }
    }
}

/// The date from which an edit counts, or the reason it has none yet.
public enum EffectiveDate: Hashable, Sendable {
    case date(LegalDate)
    /// Not in force yet: "à une date fixée par le Gouvernement", with those words.
    case pending(String)

    public var date: LegalDate? {
        if case .date(let d) = self { return d }
        return nil
    }

    /// « à une date fixée par le Roi, et au plus tard le 1er janvier 2023 », « … en uiterlijk
    /// op 1 januari 2022 »: the day a pending change is in force at the latest, when its words
    /// say one.
    public var latest: LegalDate? {
        guard case .pending(let words) = self else { return nil }
        let tokens = words.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\u{00A0}" })
        guard let k = tokens.firstIndex(where: { $0 == "tard" || $0 == "uiterlijk" }) else { return nil }
        let rest = tokens[(k + 1)...].drop { $0 == "le" || $0 == "op" || $0 == "au" }
        guard rest.count >= 3 else { return nil }
        return LegalDate(rest.prefix(3).joined(separator: " "))
    }
}

/// The edits read from amending acts, and every problem found.
public struct EditsResult: Sendable {
    public var edits: [Edit]
    public var diagnostics: [Diagnostic]
    /// Dates this act fixes for another act's pending edits.
    public var fixings: [DateFixing]

    public init(edits: [Edit] = [], diagnostics: [Diagnostic] = [], fixings: [DateFixing] = []) {
        self.edits = edits
        self.diagnostics = diagnostics
        self.fixings = fixings
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// A later act fixing the date of an earlier amending act's pending edits ("Les articles 4
/// et 5 du décret du 17 juin 2021 modifiant … entrent en vigueur le 1er janvier 2022"):
/// from its publication on, those edits carry that date (field guide, section 5).
public struct DateFixing: Hashable, Sendable {
    /// The earlier amending act, as cited.
    public var act: ActCitation
    /// Its articles (and sub-instructions) whose date is fixed; empty for the act as a
    /// whole ("Le décret du … entre en vigueur le …").
    public var selectors: [SourceSelector]
    public var effective: LegalDate
    /// The act that fixes the date, and where it says so.
    public var source: EditSource
    /// The parts the same clause dates otherwise (« L'arrêté … entre en vigueur le …, à
    /// l'exception de l'article 1er, 1°, qui entre en vigueur le … »): not named by this one.
    public var except: [SourceSelector]

    public init(act: ActCitation, selectors: [SourceSelector], effective: LegalDate, source: EditSource, except: [SourceSelector] = []) {
        self.act = act
        self.selectors = selectors
        self.effective = effective
        self.source = source
        self.except = except
    }

    /// True when this fixing gives `edit` its date: the edit is pending, from the act
    /// cited (same date, same kind of act) and from one of the parts named.
    public func applies(to edit: Edit) -> Bool {
        guard case .pending? = edit.effective else { return false }
        return names(edit)
    }

    /// True when the fixing names the edit's act and part, whatever the edit's date.
    public func names(_ edit: Edit) -> Bool {
        guard Self.cites(act, date: edit.source.act.date, title: edit.source.act.title), !except.contains(where: { $0.contains(edit.source) }) else { return false }
        return selectors.isEmpty || selectors.contains { $0.contains(edit.source) }
    }

    /// True when a fixing's citation `cited` names the act of this date and title: the same
    /// date, the same kind, the title cited (the test `names(_:)` makes of an edit's act, and
    /// the index of the acts of a corpus, to tie a fixing to the amending act it dates).
    public static func cites(_ cited: ActCitation, date: LegalDate?, title: String?) -> Bool {
        guard let citedDate = cited.date, citedDate == date else { return false }
        if let kind = cited.kind, let other = title.flatMap(ActKind.fromTitle), !CitationRegistry.sameKind(kind, other) { return false }
        // The title too, when both are known (look 20: « l'arrêté royal du 10 février 2020
        // modifiant l'arrêté royal du 3 mai 2016 relatif aux aires de jeux » dated another
        // arrêté royal of that day, which amended the libraries' act).
        if let citedTitle = cited.title.map(comparable), !citedTitle.isEmpty, let own = title.map(comparable), !sameTitle(citedTitle, own) { return false }
        return true
    }

    /// A title as compared: lower case, accents and apostrophes as typed, one space.
    static func comparable(_ title: String) -> String {
        Folding.fold(title).replacingOccurrences(of: "\u{2019}", with: "'").split(separator: " ").joined(separator: " ")
    }

    /// True when a cited title names the act whose title is `own`: written within it, or
    /// in other words (« portant modification de » for « modifiant », look 21) with the same
    /// numbers (the dates of the acts it names) and the same last words. Another act of the
    /// same day names another act's date or matter (look 20).
    static func sameTitle(_ cited: String, _ own: String) -> Bool {
        if own.contains(cited) { return true }
        // What each act does, before the first date it names: « modifiant » and « portant
        // modification de » are one; « portant exécution de » another (look 22: an act of the
        // same day executing the same base was taken for the one amending it).
        func action(_ title: String) -> String {
            let head = title.prefix { !$0.isNumber }
            if head.contains("modifi") || head.contains("wijzig") { return "modify" }
            if head.contains("execution") || head.contains("uitvoering") { return "execute" }
            if head.contains("abrog") || head.contains("opheffing") { return "repeal" }
            return "other"
        }
        guard action(cited) == action(own) else { return false }
        func numbers(_ text: String) -> Set<Substring> { Set(text.split(whereSeparator: { !$0.isNumber }).filter { !$0.isEmpty }) }
        guard numbers(cited).isSubset(of: numbers(own)) else { return false }
        let tail = { (text: String) in text.split(separator: " ").suffix(3).map { $0.trimmingCharacters(in: .punctuationCharacters) } }
        return tail(cited) == tail(own)
    }
}
