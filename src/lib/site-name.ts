/** The site's name: in every page title, its social cards, and as the publisher of this edition in the JSON-LD. */
export const SITE_NAME = 'Alioune Tine on Mali: the interview';
