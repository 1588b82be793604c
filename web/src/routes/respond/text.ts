/**
 * Every text of the respondent's pages, in Dutch and English. One export per text, read as
 * `text.name` through `import * as text`: the bundler then shortens each name and leaves out a
 * text no screen shows, where the keys of one object would all travel to the phone as written.
 */
export const loading = { nl: 'De vragenlijst wordt geladen…', en: 'Loading the survey…' };
export const unknownTitle = { nl: 'Deze link werkt niet', en: 'This link does not work' };
export const unknownBody = {
  nl: 'De link is onbekend of ingetrokken. Vraag degene die u de link stuurde om een nieuwe.',
  en: 'The link is unknown or has been withdrawn. Ask whoever sent it to you for a new one.',
};
export const failedTitle = { nl: 'De vragenlijst kon niet laden', en: 'The survey could not load' };
export const failedBody = {
  nl: 'Er is geen verbinding of er ging iets mis bij ons. Antwoorden die u al gaf, blijven op dit apparaat bewaard.',
  en: 'There is no connection or something went wrong on our side. Answers you already gave stay saved on this device.',
};
export const tryAgain = { nl: 'Opnieuw proberen', en: 'Try again' };
export const usedTitle = { nl: 'Al ingevuld', en: 'Already answered' };
export const usedBody = {
  nl: 'Met deze persoonlijke link is de vragenlijst al ingestuurd. Dank u wel voor uw antwoorden.',
  en: 'The survey has already been sent with this personal link. Thank you for your answers.',
};
export const closedTitle = { nl: 'De vragenlijst is gesloten', en: 'The survey is closed' };
export const closedBody = {
  nl: 'U kunt geen antwoorden meer insturen. Vragen? Neem contact op met de organisator.',
  en: 'Answers can no longer be sent. Questions? Contact the organiser.',
};
export const fullTitle = { nl: 'Deze link is vol', en: 'This link is full' };
export const fullBody = {
  nl: 'Via deze link zijn al alle antwoorden binnen. Vraag de organisator om een nieuwe link.',
  en: 'This link has received all the answers it accepts. Ask the organiser for a new link.',
};
export const thanksTitle = { nl: 'Dank u wel!', en: 'Thank you!' };
export const thanksBody = {
  nl: 'Uw antwoorden zijn goed ontvangen. U kunt dit venster sluiten.',
  en: 'Your answers have been received. You can close this window.',
};
export const nextPerson = {
  nl: 'Vult nog iemand de vragenlijst in op dit apparaat? Begin dan een nieuw antwoord: van het vorige blijft niets achter.',
  en: 'Is someone else answering on this device? Start a new response: nothing of the previous one stays behind.',
};
export const startNew = { nl: 'Nieuw antwoord beginnen', en: 'Start a new response' };
export const introFor = { nl: 'U beantwoordt de vragen voor: {partner}.', en: 'You answer the questions for: {partner}.' };
export const introWhy = {
  nl: 'De partners willen samen werken aan: {challenge}. Deze vragenlijst laat zien waar de partners elkaar vinden en waar ze verschillen, zodat ze daar samen over kunnen praten.',
  en: 'The partners want to work together on: {challenge}. This survey shows where the partners meet and where they differ, so they can talk about it together.',
};
export const introTime = {
  nl: 'Het invullen duurt ongeveer {minutes} minuten ({sections} delen).',
  en: 'It takes about {minutes} minutes ({sections} parts).',
};
export const introSaved = {
  nl: 'Uw antwoorden worden meteen bewaard. U kunt stoppen en later verdergaan met dezelfde link.',
  en: 'Your answers are saved as you go. You can stop and continue later with the same link.',
};
export const promiseTitle = { nl: 'Zo beschermen wij uw antwoorden', en: 'How we protect your answers' };
export const promiseNoLink = {
  nl: 'Uw antwoorden worden bewaard zonder uw link, uw IP-adres of het precieze tijdstip.',
  en: 'Your answers are stored without your link, your IP address or the exact time.',
};
export const promiseK = {
  nl: 'Niemand ziet iets over een groep van minder dan {k} mensen.',
  en: 'No one sees anything about a group of fewer than {k} people.',
};
export const promiseText = {
  nl: 'Wat u in eigen woorden schrijft, wordt alleen getoond als uw organisatie minstens 10 reacties heeft.',
  en: 'What you write in your own words is shown only when your organisation has at least 10 responses.',
};
export const promiseOrganisation = {
  nl: 'Let op: {partner} is een kleine organisatie. Daarom worden de antwoorden getoond als het standpunt van de organisatie, niet anoniem.',
  en: 'Please note: {partner} is a small organisation. Its answers are therefore shown as the organisation’s position, not anonymously.',
};
export const start = { nl: 'Beginnen', en: 'Start' };
export const resume = { nl: 'Verdergaan', en: 'Continue' };
export const progress = { nl: 'Deel {n} van {total}', en: 'Part {n} of {total}' };
export const pageOf = { nl: 'pagina {n} van {total}', en: 'page {n} of {total}' };
export const next = { nl: 'Volgende', en: 'Next' };
export const back = { nl: 'Vorige', en: 'Back' };
export const required = { nl: 'Beantwoord deze vraag om verder te gaan.', en: 'Please answer this question to go on.' };
export const chooseCount = { nl: 'Kies er precies {n} om verder te gaan.', en: 'Choose exactly {n} to go on.' };
export const wrongCount = { nl: 'Kies precies het gevraagde aantal.', en: 'Choose exactly the number asked for.' };
export const sumNot100 = { nl: 'Verdeel precies 100 punten (nu {n}).', en: 'Give exactly 100 points (now {n}).' };
export const sumWrong = { nl: 'Verdeel precies 100 punten.', en: 'Give exactly 100 points.' };
export const reviewTitle = { nl: 'Controleren en versturen', en: 'Check and send' };
export const answeredOf = { nl: '{n} van {total} beantwoord', en: '{n} of {total} answered' };
export const change = { nl: 'Wijzigen', en: 'Change' };
export const missing = {
  nl: 'Er staan nog {n} verplichte vragen open. Met "Antwoorden versturen" gaat u naar de eerste.',
  en: '{n} required question(s) still open. "Send answers" takes you to the first one.',
};
export const submit = { nl: 'Antwoorden versturen', en: 'Send answers' };
export const sending = { nl: 'Bezig met versturen…', en: 'Sending…' };
export const offline = {
  nl: 'Geen verbinding. Uw antwoorden staan veilig op dit apparaat en worden verstuurd zodra er weer verbinding is. U hoeft niets te doen.',
  en: 'No connection. Your answers are safe on this device and will be sent as soon as the connection returns. You need not do anything.',
};
export const retrying = {
  nl: 'Versturen lukt nu niet door een storing bij ons. Uw antwoorden staan veilig op dit apparaat; we proberen het vanzelf opnieuw.',
  en: 'Sending does not work right now because of a fault on our side. Your answers are safe on this device; we keep trying automatically.',
};
export const waitingButton = { nl: 'Wacht op verbinding…', en: 'Waiting for a connection…' };
export const saving = { nl: 'Opslaan…', en: 'Saving…' };
export const saved = { nl: 'Opgeslagen', en: 'Saved' };
export const deviceOnly = { nl: 'Opgeslagen op dit apparaat (nog niet op de server)', en: 'Saved on this device (not yet on the server)' };
export const syncOffline = { nl: 'Geen verbinding: opgeslagen op dit apparaat', en: 'No connection: saved on this device' };
export const restored = {
  nl: 'Uw eerder gegeven antwoorden zijn opgehaald. U gaat verder waar u was.',
  en: 'The answers you gave earlier have been fetched. You continue where you left off.',
};
export const reviewProgress = { nl: 'Laatste stap: controleren', en: 'Last step: check' };
export const reviewIntro = {
  nl: 'Hieronder ziet u per deel hoeveel vragen u beantwoordde. Na het versturen kunt u niets meer wijzigen.',
  en: 'Below you see, per part, how many questions you answered. After sending you can no longer change anything.',
};
export const errorSummary = {
  nl: 'Niet alle antwoorden zijn in orde. Kijk de gemarkeerde vragen na.',
  en: 'Not all answers are valid. Please check the marked questions.',
};
export const invalidAnswer = { nl: 'Dit antwoord is niet geldig. Kies opnieuw.', en: 'This answer is not valid. Please choose again.' };
export const tooLong = { nl: 'Deze tekst is te lang.', en: 'This text is too long.' };
