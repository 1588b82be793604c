/** Every text of the respondent's pages, in Dutch and English. */
export const text = {
  loading: { nl: 'De vragenlijst wordt geladen…', en: 'Loading the survey…' },
  unknownTitle: { nl: 'Deze link werkt niet', en: 'This link does not work' },
  unknownBody: {
    nl: 'De link is onbekend of ingetrokken. Vraag degene die u de link stuurde om een nieuwe.',
    en: 'The link is unknown or has been withdrawn. Ask whoever sent it to you for a new one.',
  },
  failedTitle: { nl: 'De vragenlijst kon niet laden', en: 'The survey could not load' },
  failedBody: {
    nl: 'Er is geen verbinding of er ging iets mis bij ons. Antwoorden die u al gaf, blijven op dit apparaat bewaard.',
    en: 'There is no connection or something went wrong on our side. Answers you already gave stay saved on this device.',
  },
  tryAgain: { nl: 'Opnieuw proberen', en: 'Try again' },
  usedTitle: { nl: 'Al ingevuld', en: 'Already answered' },
  usedBody: {
    nl: 'Met deze persoonlijke link is de vragenlijst al ingestuurd. Dank u wel voor uw antwoorden.',
    en: 'The survey has already been sent with this personal link. Thank you for your answers.',
  },
  closedTitle: { nl: 'De vragenlijst is gesloten', en: 'The survey is closed' },
  closedBody: {
    nl: 'U kunt geen antwoorden meer insturen. Vragen? Neem contact op met de organisator.',
    en: 'Answers can no longer be sent. Questions? Contact the organiser.',
  },
  fullTitle: { nl: 'Deze link is vol', en: 'This link is full' },
  fullBody: {
    nl: 'Via deze link zijn al alle antwoorden binnen. Vraag de organisator om een nieuwe link.',
    en: 'This link has received all the answers it accepts. Ask the organiser for a new link.',
  },
  thanksTitle: { nl: 'Dank u wel!', en: 'Thank you!' },
  previewBanner: {
    nl: 'Voorbeeld voor de organisator: zo ziet een respondent van {partner} de vragenlijst. Er wordt niets opgeslagen of verstuurd.',
    en: 'Preview for the organiser: this is how a respondent of {partner} sees the survey. Nothing is saved or sent.',
  },
  previewDone: {
    nl: 'Dit was het voorbeeld. Er is niets verstuurd of opgeslagen: de respons telt niet mee. U kunt dit tabblad sluiten.',
    en: 'That was the preview. Nothing was sent or saved: it does not count in the response. You can close this tab.',
  },
  thanksBody: {
    nl: 'Uw antwoorden zijn goed ontvangen. U kunt dit venster sluiten.',
    en: 'Your answers have been received. You can close this window.',
  },
  nextPerson: {
    nl: 'Vult nog iemand de vragenlijst in op dit apparaat? Begin dan een nieuw antwoord: van het vorige blijft niets achter.',
    en: 'Is someone else answering on this device? Start a new response: nothing of the previous one stays behind.',
  },
  startNew: { nl: 'Nieuw antwoord beginnen', en: 'Start a new response' },
  introFor: { nl: 'U beantwoordt de vragen voor: {partner}.', en: 'You answer the questions for: {partner}.' },
  introWhy: {
    nl: 'De partners willen samen werken aan: {challenge}. Deze vragenlijst laat zien waar de partners elkaar vinden en waar ze verschillen, zodat ze daar samen over kunnen praten.',
    en: 'The partners want to work together on: {challenge}. This survey shows where the partners meet and where they differ, so they can talk about it together.',
  },
  introTime: {
    nl: 'Het invullen duurt ongeveer {minutes} minuten ({sections} delen).',
    en: 'It takes about {minutes} minutes ({sections} parts).',
  },
  introSaved: {
    nl: 'Uw antwoorden worden meteen bewaard. U kunt stoppen en later verdergaan met dezelfde link.',
    en: 'Your answers are saved as you go. You can stop and continue later with the same link.',
  },
  promiseTitle: { nl: 'Zo beschermen wij uw antwoorden', en: 'How we protect your answers' },
  promiseNoLink: {
    nl: 'Uw antwoorden worden bewaard zonder uw link, uw IP-adres of het precieze tijdstip.',
    en: 'Your answers are stored without your link, your IP address or the exact time.',
  },
  promiseK: {
    nl: 'Niemand ziet iets over een groep van minder dan {k} mensen.',
    en: 'No one sees anything about a group of fewer than {k} people.',
  },
  promiseText: {
    nl: 'Wat u in eigen woorden schrijft, wordt alleen getoond als uw organisatie minstens 10 reacties heeft.',
    en: 'What you write in your own words is shown only when your organisation has at least 10 responses.',
  },
  promiseOrganisation: {
    nl: 'Let op: {partner} is een kleine organisatie. Daarom worden de antwoorden getoond als het standpunt van de organisatie, niet anoniem.',
    en: 'Please note: {partner} is a small organisation. Its answers are therefore shown as the organisation’s position, not anonymously.',
  },
  start: { nl: 'Beginnen', en: 'Start' },
  resume: { nl: 'Verdergaan', en: 'Continue' },
  progress: { nl: 'Deel {n} van {total}', en: 'Part {n} of {total}' },
  pageOf: { nl: 'pagina {n} van {total}', en: 'page {n} of {total}' },
  next: { nl: 'Volgende', en: 'Next' },
  back: { nl: 'Vorige', en: 'Back' },
  required: { nl: 'Beantwoord deze vraag om verder te gaan.', en: 'Please answer this question to go on.' },
  chooseCount: { nl: 'Kies er precies {n} om verder te gaan.', en: 'Choose exactly {n} to go on.' },
  wrongCount: { nl: 'Kies precies het gevraagde aantal.', en: 'Choose exactly the number asked for.' },
  sumNot100: { nl: 'Verdeel precies 100 punten (nu {n}).', en: 'Give exactly 100 points (now {n}).' },
  sumWrong: { nl: 'Verdeel precies 100 punten.', en: 'Give exactly 100 points.' },
  reviewTitle: { nl: 'Controleren en versturen', en: 'Check and send' },
  answeredOf: { nl: '{n} van {total} beantwoord', en: '{n} of {total} answered' },
  change: { nl: 'Wijzigen', en: 'Change' },
  missing: {
    nl: 'Er staan nog {n} verplichte vragen open. Met "Antwoorden versturen" gaat u naar de eerste.',
    en: '{n} required question(s) still open. "Send answers" takes you to the first one.',
  },
  submit: { nl: 'Antwoorden versturen', en: 'Send answers' },
  sending: { nl: 'Bezig met versturen…', en: 'Sending…' },
  offline: {
    nl: 'Geen verbinding. Uw antwoorden staan veilig op dit apparaat en worden verstuurd zodra er weer verbinding is. U hoeft niets te doen.',
    en: 'No connection. Your answers are safe on this device and will be sent as soon as the connection returns. You need not do anything.',
  },
  retrying: {
    nl: 'Versturen lukt nu niet door een storing bij ons. Uw antwoorden staan veilig op dit apparaat; we proberen het vanzelf opnieuw.',
    en: 'Sending does not work right now because of a fault on our side. Your answers are safe on this device; we keep trying automatically.',
  },
  waitingButton: { nl: 'Wacht op verbinding…', en: 'Waiting for a connection…' },
  saving: { nl: 'Opslaan…', en: 'Saving…' },
  saved: { nl: 'Opgeslagen', en: 'Saved' },
  deviceOnly: { nl: 'Opgeslagen op dit apparaat (nog niet op de server)', en: 'Saved on this device (not yet on the server)' },
  syncOffline: { nl: 'Geen verbinding: opgeslagen op dit apparaat', en: 'No connection: saved on this device' },
  restored: {
    nl: 'Uw eerder gegeven antwoorden zijn opgehaald. U gaat verder waar u was.',
    en: 'The answers you gave earlier have been fetched. You continue where you left off.',
  },
  reviewProgress: { nl: 'Laatste stap: controleren', en: 'Last step: check' },
  reviewIntro: {
    nl: 'Hieronder ziet u per deel hoeveel vragen u beantwoordde. Na het versturen kunt u niets meer wijzigen.',
    en: 'Below you see, per part, how many questions you answered. After sending you can no longer change anything.',
  },
  errorSummary: {
    nl: 'Niet alle antwoorden zijn in orde. Kijk de gemarkeerde vragen na.',
    en: 'Not all answers are valid. Please check the marked questions.',
  },
  invalidAnswer: { nl: 'Dit antwoord is niet geldig. Kies opnieuw.', en: 'This answer is not valid. Please choose again.' },
  tooLong: { nl: 'Deze tekst is te lang.', en: 'This text is too long.' },
};
