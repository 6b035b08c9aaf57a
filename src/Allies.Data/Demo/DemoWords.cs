namespace Allies.Data.Demo;

/// <summary>A phrase in both languages of the demo; {0}, {1}… are filled by the generator.</summary>
readonly record struct Phrase(string En, string Fr)
{
    public string In(bool french) => french ? Fr : En;
}

/// <summary>A job title: English, French masculine, French feminine.</summary>
readonly record struct RoleTitle(string En, string FrMale, string FrFemale);

/// <summary>An industry, the functions most common in it, and how its companies are named.</summary>
sealed record DemoIndustry(string Name, string[] Functions, string[] CompanyPatterns);

/// <summary>A city, whether people there mostly speak French, and a phone pattern (# = digit) in a range kept for fiction where one exists.</summary>
readonly record struct DemoCity(string Name, bool French, string PhonePattern);

/// <summary>The vocabulary of the demo network. Fictional companies; real cities, schools and conferences for realism.</summary>
static class DemoWords
{
    // {0} a family name, {1} a second family name, {2} a made-up brand word, {3} a city.
    public static readonly DemoIndustry[] Industries =
    [
        new("Tech", ["Engineering", "Product", "Design", "Data", "Sales"], ["{2} Labs", "{2}", "{2} AI", "{0} Software", "{2} Cloud", "{2}.io"]),
        new("Finance", ["Finance", "Sales", "Strategy", "Legal"], ["{0} Capital", "{0} & {1} Partners", "{2} Gestion", "Banque {0}", "{2} Asset Management"]),
        new("Health", ["Research", "Operations", "Product", "Sales"], ["{2} Santé", "{2} Health", "{2} Biotech", "Clinique {0}", "{2} Medical"]),
        new("Education", ["Research", "Operations", "Communications", "General management"], ["{2} Academy", "École {0}", "Institut {0}", "{2} Learning"]),
        new("Energy", ["Engineering", "Operations", "Strategy", "Finance"], ["{2} Énergie", "{2} Power", "{2} Renewables", "{0} Solaire"]),
        new("Public sector", ["Operations", "Strategy", "Communications", "Legal"], ["Ville de {3}", "Métropole de {3}", "Agence {2}", "{3} City Council"]),
        new("Retail", ["Sales", "Marketing", "Operations", "Product"], ["Maison {0}", "{0} & Co", "{2} Stores", "{2} Market"]),
        new("Media", ["Communications", "Marketing", "Design", "Sales"], ["{2} Media", "Studio {2}", "{2} Productions", "Le {2}", "{2} Presse"]),
        new("Consulting", ["Strategy", "Sales", "Operations", "HR"], ["{0} Conseil", "{2} Consulting", "{0} & {1} Advisory", "{2} Partners"]),
        new("Law", ["Legal"], ["{0} & {1} Avocats", "{0} {1} LLP", "Cabinet {0}"]),
        new("Manufacturing", ["Engineering", "Operations", "Sales", "Finance"], ["{0} Industries", "{2} Group", "{2} Manufacturing", "Ateliers {0}"]),
        new("Non-profit", ["Communications", "Operations", "General management"], ["Fondation {0}", "Association {2}", "{2} Foundation"]),
    ];

    public static readonly string[] BrandWords =
    [
        "Nova", "Kairos", "Lumen", "Orbit", "Pixel", "Quanta", "Helix", "Vertex", "Alto", "Sirius", "Boréal", "Zephyr", "Arpège",
        "Cobalt", "Prisma", "Talis", "Opale", "Nimbus", "Ardent", "Colibri", "Meridian", "Solstice", "Azur", "Basalte", "Cèdre",
        "Lynx", "Onyx", "Atlas", "Rivage", "Tessera", "Velum", "Argo", "Ecume", "Fjord", "Gaïa", "Iris", "Jade", "Kelvin", "Lotus",
    ];

    public static readonly Dictionary<string, RoleTitle[]> Roles = new()
    {
        ["Engineering"] = [new("Software Engineer", "Ingénieur logiciel", "Ingénieure logiciel"), new("Engineering Manager", "Responsable ingénierie", "Responsable ingénierie"), new("CTO", "CTO", "CTO"), new("Staff Engineer", "Staff engineer", "Staff engineer")],
        ["Sales"] = [new("Account Executive", "Commercial grands comptes", "Commerciale grands comptes"), new("Head of Sales", "Directeur commercial", "Directrice commerciale"), new("Business Developer", "Business developer", "Business developer")],
        ["Marketing"] = [new("Marketing Manager", "Responsable marketing", "Responsable marketing"), new("CMO", "Directeur marketing", "Directrice marketing"), new("Growth Lead", "Responsable growth", "Responsable growth")],
        ["Finance"] = [new("CFO", "Directeur financier", "Directrice financière"), new("Financial Analyst", "Analyste financier", "Analyste financière"), new("Investment Manager", "Chargé d'affaires", "Chargée d'affaires")],
        ["HR"] = [new("HR Business Partner", "RRH", "RRH"), new("Head of People", "DRH", "DRH"), new("Talent Acquisition Lead", "Responsable recrutement", "Responsable recrutement")],
        ["Product"] = [new("Product Manager", "Product manager", "Product manager"), new("Head of Product", "Directeur produit", "Directrice produit")],
        ["Design"] = [new("Product Designer", "Designer produit", "Designer produit"), new("UX Researcher", "Chercheur UX", "Chercheuse UX")],
        ["Legal"] = [new("General Counsel", "Directeur juridique", "Directrice juridique"), new("Associate", "Avocat collaborateur", "Avocate collaboratrice"), new("Partner", "Associé", "Associée")],
        ["Operations"] = [new("COO", "Directeur des opérations", "Directrice des opérations"), new("Operations Manager", "Responsable des opérations", "Responsable des opérations")],
        ["Research"] = [new("Research Scientist", "Chercheur", "Chercheuse"), new("Lab Director", "Directeur de laboratoire", "Directrice de laboratoire")],
        ["Communications"] = [new("Head of Communications", "Directeur de la communication", "Directrice de la communication"), new("Journalist", "Journaliste", "Journaliste")],
        ["Strategy"] = [new("Strategy Consultant", "Consultant en stratégie", "Consultante en stratégie"), new("Chief of Staff", "Chief of staff", "Chief of staff")],
        ["Data"] = [new("Data Scientist", "Data scientist", "Data scientist"), new("Head of Data", "Directeur data", "Directrice data")],
        ["General management"] = [new("CEO", "PDG", "PDG"), new("Founder", "Fondateur", "Fondatrice"), new("Managing Director", "Directeur général", "Directrice générale")],
    };

    public static readonly string[] Functions = [.. Roles.Keys];

    public static readonly DemoCity[] Cities =
    [
        new("Paris", true, "+33 6 39 98 ## ##"), new("Paris", true, "+33 6 39 98 ## ##"), new("Paris", true, "+33 6 39 98 ## ##"), new("Lyon", true, "+33 6 39 98 ## ##"),
        new("Nantes", true, "+33 6 39 98 ## ##"), new("Bordeaux", true, "+33 6 39 98 ## ##"), new("Lille", true, "+33 6 39 98 ## ##"), new("Toulouse", true, "+33 6 39 98 ## ##"),
        new("Marseille", true, "+33 6 39 98 ## ##"), new("Montréal", true, "+1 514 555 01##"), new("Brussels", true, "+32 470 12 ## ##"),
        new("London", false, "+44 7700 900###"), new("London", false, "+44 7700 900###"), new("Manchester", false, "+44 7700 900###"),
        new("Dublin", false, "+353 85 555 ####"), new("Edinburgh", false, "+44 7700 900###"), new("Montréal", false, "+1 514 555 01##"),
        new("New York", false, "+1 212 555 01##"), new("Amsterdam", false, "+31 6 555 #####"), new("Berlin", false, "+49 151 555 #####"),
    ];

    public static readonly string[] Tags =
    [
        "mentor", "alumni ESSEC", "alumni HEC", "alumni Sciences Po", "alumni Polytechnique", "alumni LSE", "client", "investor",
        "former colleague", "prospect", "speaker", "recruiter", "founder", "board", "friend", "partner", "journalist", "Station F",
    ];

    public static readonly Phrase[] Interests =
    [
        new("AI", "IA"), new("climate tech", "climat"), new("jazz", "jazz"), new("running", "course à pied"), new("natural wine", "vin nature"),
        new("rugby", "rugby"), new("photography", "photographie"), new("kitesurfing", "kitesurf"), new("chess", "échecs"),
        new("impact investing", "investissement à impact"), new("design systems", "design systems"), new("cycling", "vélo"),
        new("cooking", "cuisine"), new("sailing", "voile"), new("theatre", "théâtre"), new("open source", "open source"),
        new("mountaineering", "alpinisme"), new("urban planning", "urbanisme"), new("behavioural economics", "économie comportementale"),
        new("sci-fi novels", "romans de SF"),
    ];

    // {0} an industry, {1} a function.
    public static readonly Phrase[] Needs =
    [
        new("Looking for a CTO for a new venture", "Cherche un CTO pour un nouveau projet"),
        new("Wants first customers in {0}", "Cherche ses premiers clients dans le secteur {0}"),
        new("Raising a seed round this year", "Lève une seed cette année"),
        new("Hiring two senior people in {1}", "Recrute deux profils seniors en {1}"),
        new("Thinking about a move to {0}", "Réfléchit à une reconversion vers {0}"),
        new("Needs introductions to public buyers", "A besoin de contacts chez les acheteurs publics"),
        new("Looking for a mentor in {1}", "Cherche un mentor en {1}"),
        new("Preparing a board presentation", "Prépare une présentation au conseil d'administration"),
        new("Wants to speak at conferences", "Veut intervenir dans des conférences"),
        new("Expanding to London", "Prépare une expansion à Londres"),
        new("Looking for a new job after a layoff", "Cherche un poste après un licenciement"),
    ];

    public static readonly Phrase[] Offers =
    [
        new("Can introduce you to VCs in Paris", "Peut présenter des investisseurs parisiens"),
        new("Deep expertise in GDPR", "Experte du RGPD"),
        new("Knows everyone in {0}", "Connaît tout le monde dans le secteur {0}"),
        new("Happy to review pitch decks", "Relit volontiers les pitch decks"),
        new("Hires interns every summer", "Recrute des stagiaires chaque été"),
        new("Runs a monthly meetup on {1}", "Organise un meetup mensuel sur {1}"),
        new("Great advice on pricing", "Excellents conseils sur le pricing"),
        new("Can open doors at large corporates", "Peut ouvrir des portes dans les grands groupes"),
        new("Writes for a trade magazine", "Écrit pour un magazine professionnel"),
        new("Mentors first-time managers", "Accompagne les nouveaux managers"),
    ];

    public static readonly Phrase[] PersonalDetails =
    [
        new("Loves kitesurfing", "Adore le kitesurf"), new("Two kids, runs marathons", "Deux enfants, court des marathons"),
        new("Learning Japanese", "Apprend le japonais"), new("Former rugby player", "Ancien joueur de rugby"),
        new("Plays jazz piano on weekends", "Joue du piano jazz le week-end"), new("Vegetarian, loves Lebanese food", "Végétarien, adore la cuisine libanaise"),
        new("Just adopted a dog", "Vient d'adopter un chien"), new("Grew up in Marseille", "A grandi à Marseille"),
        new("Cycles to work all year", "Va au travail à vélo toute l'année"), new("Big Arsenal fan", "Grand supporter du PSG"),
        new("Restores old motorbikes", "Restaure de vieilles motos"), new("Has a daughter at Sciences Po", "Sa fille est à Sciences Po"),
        new("Climbs every Thursday", "Fait de l'escalade tous les jeudis"), new("Writing a novel", "Écrit un roman"),
    ];

    public static readonly Phrase[] ContactNotes =
    [
        new("Prefers calls to emails.", "Préfère les appels aux mails."), new("Answers faster on WhatsApp.", "Répond plus vite sur WhatsApp."),
        new("Never before 10am.", "Jamais avant 10 h."), new("Met her co-founder through me.", "A rencontré son associé grâce à moi."),
    ];

    public static readonly string[] Events =
    [
        "VivaTech", "Web Summit", "France Digitale Day", "BIG Bpifrance", "London Tech Week", "C2 Montréal", "ESSEC alumni afterwork",
        "TEDx Nantes", "Women in Tech meetup", "Paris Fintech Forum", "Station F demo day", "Salon des entrepreneurs", "Mobile World Congress",
    ];

    // {0} a first name, {1} a topic, {2} a company.
    public static readonly Phrase[] Topics =
    [
        new("the fundraising", "la levée de fonds"), new("hiring", "le recrutement"), new("the reorganisation", "la réorganisation"),
        new("a career move", "un changement de poste"), new("pricing", "le pricing"), new("the product roadmap", "la roadmap produit"),
        new("AI in their team", "l'IA dans son équipe"), new("a partnership", "un partenariat"), new("the board meeting", "le conseil d'administration"),
        new("a conference talk", "une intervention en conférence"), new("remote work", "le télétravail"), new("the London office", "le bureau de Londres"),
    ];

    public static readonly Dictionary<Core.Interactions.InteractionKind, Phrase[]> Summaries = new()
    {
        [Core.Interactions.InteractionKind.Coffee] = [new("Coffee with {0}: talked about {1}.", "Café avec {0} : on a parlé de {1}."), new("Quick coffee near {2}; {0} is busy with {1}.", "Café rapide près de chez {2} ; {0} est pris par {1}.")],
        [Core.Interactions.InteractionKind.Call] = [new("Call with {0} about {1}.", "Appel avec {0} au sujet de {1}."), new("{0} called to ask my view on {1}.", "{0} m'a appelé pour avoir mon avis sur {1}.")],
        [Core.Interactions.InteractionKind.Message] = [new("Messages with {0} about {1}.", "Échange de messages avec {0} sur {1}."), new("Sent {0} an article on {1}.", "Envoyé à {0} un article sur {1}.")],
        [Core.Interactions.InteractionKind.Email] = [new("Email thread with {0} on {1}.", "Échange de mails avec {0} sur {1}."), new("{0} sent an update from {2}.", "{0} a envoyé des nouvelles de {2}.")],
        [Core.Interactions.InteractionKind.Lunch] = [new("Lunch with {0}: {1}, and family news.", "Déjeuner avec {0} : {1}, et des nouvelles de la famille."), new("Long lunch; {0} opened up about {1}.", "Long déjeuner ; {0} s'est confié sur {1}.")],
        [Core.Interactions.InteractionKind.Meeting] = [new("Meeting at {2} about {1}.", "Réunion chez {2} sur {1}."), new("Working session with {0} on {1}.", "Séance de travail avec {0} sur {1}.")],
        [Core.Interactions.InteractionKind.Event] = [new("Saw {0} at a meetup; we talked about {1}.", "Croisé {0} à un meetup ; on a parlé de {1}."), new("Conference: {0} spoke about {1}.", "Conférence : {0} a parlé de {1}.")],
        [Core.Interactions.InteractionKind.Reaction] = [new("Reacted to {0}'s post on {1}.", "Réagi au post de {0} sur {1}."), new("Commented on {0}'s news at {2}.", "Commenté l'actualité de {0} chez {2}.")],
        [Core.Interactions.InteractionKind.VoiceNote] = [new("Voice note from {0} about {1}.", "Message vocal de {0} au sujet de {1}."), new("Sent {0} a voice note on {1}.", "Envoyé un vocal à {0} sur {1}.")],
    };

    // {0} a first name, {1} a company, {2} a function.
    public static readonly Dictionary<Core.Interactions.ExchangeKind, Phrase[]> ExchangeWhat = new()
    {
        [Core.Interactions.ExchangeKind.Introduction] = [new("Introduction to {0} at {1}", "Mise en relation avec {0} de {1}")],
        [Core.Interactions.ExchangeKind.Information] = [new("Salary benchmarks for {2}", "Grilles de salaires en {2}"), new("News about openings at {1}", "Infos sur les postes ouverts chez {1}")],
        [Core.Interactions.ExchangeKind.Expertise] = [new("Review of the pitch deck", "Relecture du pitch deck"), new("Advice on {2} hiring", "Conseils pour recruter en {2}")],
        [Core.Interactions.ExchangeKind.Visibility] = [new("Shared the post on LinkedIn", "Partage du post sur LinkedIn"), new("Invitation to speak at a meetup", "Invitation à intervenir dans un meetup")],
        [Core.Interactions.ExchangeKind.Support] = [new("Listened through a hard month", "Écoute pendant un mois difficile"), new("Encouragement before the interview", "Encouragements avant l'entretien")],
        [Core.Interactions.ExchangeKind.Resource] = [new("Lent the book 'Give and Take'", "Prêt du livre « Give and Take »"), new("Contract template", "Modèle de contrat")],
        [Core.Interactions.ExchangeKind.Favour] = [new("Reference call for a job", "Appel de référence pour un poste"), new("Feedback on a CV", "Retour sur un CV")],
    };

    public static readonly Phrase[] Promises =
    [
        new("Send the deck", "Envoyer le deck"), new("Introduce {0} to a recruiter", "Présenter {0} à un recruteur"),
        new("Share the article we discussed", "Partager l'article dont on a parlé"), new("Read the draft business plan", "Relire le business plan"),
        new("Invite {0} to the next dinner", "Inviter {0} au prochain dîner"), new("Send the list of investors", "Envoyer la liste des investisseurs"),
    ];

    public static readonly Dictionary<Core.Contacts.LifeEventKind, Phrase[]> LifeEvents = new()
    {
        [Core.Contacts.LifeEventKind.NewJob] = [new("Started a new job at {0}", "Nouveau poste chez {0}")],
        [Core.Contacts.LifeEventKind.Promotion] = [new("Promoted to {1}", "Promu·e {1}")],
        [Core.Contacts.LifeEventKind.Publication] = [new("Published an article on {2}", "A publié un article sur {2}"), new("Book out this spring", "Sortie de son livre ce printemps")],
        [Core.Contacts.LifeEventKind.Birthday] = [new("Birthday", "Anniversaire")],
        [Core.Contacts.LifeEventKind.Move] = [new("Moved to {3}", "A déménagé à {3}")],
        [Core.Contacts.LifeEventKind.Wedding] = [new("Got married", "S'est marié·e")],
        [Core.Contacts.LifeEventKind.Birth] = [new("Had a baby", "Naissance d'un enfant")],
        [Core.Contacts.LifeEventKind.Award] = [new("Won an industry award", "A reçu un prix du secteur")],
    };
}
