'use strict';
// Slugs follow the name until edited by hand, also on a form shown again (after a slug clash, say).
// Django's prepopulate.js only follows while the slug is empty, so once the form came back with
// a generated slug, retyping the name left the old slug. A slug that still equals what the name
// gives is taken as generated and follows the name again; one typed by hand stays.
{
    const constants = document.getElementById('django-admin-prepopulated-fields-constants');
    if (constants && window.URLify) {
        for (const field of JSON.parse(constants.dataset.prepopulatedFields)) {
            const slug = document.querySelector(field.id);
            const sources = field.dependency_ids.map((id) => document.querySelector(id)).filter(Boolean);
            if (!slug || !slug.value || !sources.length) {
                continue;
            }
            const generated = () => URLify(
                sources.map((source) => source.value).filter((value) => value.length).join(' '),
                field.maxLength,
                field.allowUnicode
            );
            if (slug.value !== generated()) {
                continue;
            }
            let byHand = false;
            slug.addEventListener('change', () => { byHand = true; });
            for (const source of sources) {
                for (const type of ['keyup', 'change']) {
                    source.addEventListener(type, () => { if (!byHand) { slug.value = generated(); } });
                }
            }
        }
    }
}
