// The app shell in a real browser: the language question, the language switch,
// links with ?lang=, addresses of lessons, both screen sizes, and the message
// shown when the app cannot start.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const text = (page, selector) => page.locator(selector).first().innerText();

test('the first visit asks for the language and pre-selects the browser language', async () => {
    for (const [locale, expected] of [['ru-RU', 'ru'], ['kk-KZ', 'kk'], ['en-US', 'en'], ['de-DE', 'ru']]) {
        const { context, page } = await openPage(shared.browser, { locale });
        await page.goto(shared.server.url);
        await page.locator('.language-question').waitFor();
        const buttons = await page.locator('.language-button').allInnerTexts();
        assert.deepEqual(buttons, ['Қазақша', 'Русский', 'English']);
        const pressed = await page.locator('.language-button[aria-pressed="true"]').getAttribute('data-language');
        assert.equal(pressed, expected, `pre-selection for ${locale}`);
        const focused = await page.evaluate(() => document.activeElement?.dataset.language);
        assert.equal(focused, expected, 'the pre-selected button has the keyboard focus');
        if (locale === 'ru-RU') await screenshot(page, 'language-question');
        page.assertClean();
        await context.close();
    }
});

test('the chosen language shows everywhere and survives a reload', async () => {
    const { context, page } = await openPage(shared.browser, { locale: 'ru-RU' });
    await page.goto(shared.server.url);
    await page.locator('.language-button[data-language="kk"]').click();
    await page.locator('h1', { hasText: 'Сабақтар жинақтары' }).waitFor();
    await page.locator('.pack-card h2', { hasText: 'Алғашқы қадамдар' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
    await screenshot(page, 'home-kk');

    await page.reload();
    await page.locator('h1', { hasText: 'Сабақтар жинақтары' }).waitFor();
    assert.equal(await page.locator('.language-question').count(), 0, 'no question after a reload');

    await page.locator('.top-links a', { hasText: 'Баптаулар' }).click();
    await page.locator('h1', { hasText: 'Баптаулар' }).waitFor();
    await page.locator('.language-button[data-language="en"]').click();
    await page.locator('h1', { hasText: 'Settings' }).waitFor();
    assert.equal(await text(page, '.top-links a'), 'Lesson packs');
    await screenshot(page, 'settings-en');
    await page.reload();
    await page.locator('h1', { hasText: 'Settings' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    page.assertClean();
    await context.close();
});

test('a link with ?lang=ru skips the question and speaks Russian', async () => {
    const { context, page } = await openPage(shared.browser, { locale: 'en-US' });
    await page.goto(`${shared.server.url}?lang=ru`);
    await page.locator('h1', { hasText: 'Наборы уроков' }).waitFor();
    assert.equal(await page.locator('.language-question').count(), 0);
    await page.locator('.pack-card', { hasText: 'Первые шаги' }).waitFor();
    assert.match(await text(page, '.pack-card .pack-meta'), /^Решено 0 из 17$/);
    assert.doesNotMatch(page.url(), /lang=/, 'the address drops lang= once applied');
    // The link's language is kept as the pupil's choice ...
    await page.goto(shared.server.url);
    await page.locator('h1', { hasText: 'Наборы уроков' }).waitFor();
    // ... until the pupil chooses another one, which a reload keeps.
    await page.goto(`${shared.server.url}?class=7b&lang=kk#/settings`);
    await page.locator('h1', { hasText: 'Баптаулар' }).waitFor();
    assert.match(page.url(), /\?class=7b#\/settings$/);
    await page.locator('.language-button[data-language="en"]').click();
    await page.reload();
    await page.locator('h1', { hasText: 'Settings' }).waitFor();
    page.assertClean();
    await context.close();
});

test('the question downloads no texts; the home page downloads no pack, only the index, and continues from it', async () => {
    const { context, page } = await openPage(shared.browser, { locale: 'ru-RU' });
    const fetched = [];
    page.on('request', (request) => {
        const match = /\/(locales|packs)\/([a-z-]+)\.(ftl|toml)$/.exec(new URL(request.url()).pathname);
        if (match) fetched.push(`${match[1]}/${match[2]}`);
    });
    await page.goto(shared.server.url);
    await page.locator('.language-question').waitFor();
    assert.equal(await page.locator('.language-question .hint').innerText(), 'Его можно изменить позже в настройках.');
    assert.equal(await page.locator('.language-question h1').innerText(), 'Бастау');
    assert.deepEqual(fetched.filter((name) => name.startsWith('locales/')), [], 'no texts before the choice');
    // Another language than the suggested one: only that one is downloaded.
    await page.locator('.language-button[data-language="en"]').click();
    await page.locator('h1', { hasText: 'Lesson packs' }).waitFor();
    await page.locator('.pack-card[data-pack="first-steps"] h2', { hasText: 'First steps' }).waitFor();
    assert.match(await text(page, '.pack-card[data-pack="first-steps"] .pack-progress'), /0 of 17 solved/);
    assert.equal(await page.locator('.pack-card h2').count(), 5);
    // The page starts the index's download at once (www/index.html), before the choice.
    assert.deepEqual([...fetched].sort(), ['locales/en', 'packs/index'], 'the cards come from the index');

    // A lesson worked on is offered on the home page after a reload, still without its pack.
    await page.goto(`${shared.server.url}#/pack/first-steps/variables`);
    await page.locator('.code-editor[data-status="mounted"] .cm-content').click();
    await page.keyboard.insertText('x = 1\n');
    await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.endsWith('.lesson.first-steps.variables')));
    await page.goto(`${shared.server.url}#/`);
    fetched.length = 0;
    await page.reload();
    const card = page.locator('.continue-card');
    await card.waitFor();
    assert.match(await card.innerText(), /Continue where you stopped\s*Variables\s*Python: first steps/);
    await page.locator('.pack-card[data-pack="robot"] h2').waitFor();
    assert.deepEqual(fetched.filter((name) => name.startsWith('packs/')), ['packs/index']);
    await card.click();
    await page.locator('#lesson-title', { hasText: 'Variables' }).waitFor();
    assert.deepEqual(fetched.filter((name) => name.startsWith('packs/')), ['packs/index', 'packs/first-steps']);
    page.assertClean();
    await context.close();
});

test('a pack lists its lessons with their state', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en#/pack/first-steps`);
    await page.locator('h1', { hasText: 'First steps' }).waitFor();
    const titles = await page.locator('.lesson-title').allInnerTexts();
    assert.equal(titles.length, 17);
    assert.deepEqual(titles.slice(0, 3), ['Hello, world!', 'Several lines', 'Variables']);
    const states = await page.locator('.lesson-state').allInnerTexts();
    assert.deepEqual(states.slice(0, 3), ['○not started', '○not started', '○not started'],
        'each state has a mark besides its colour');
    // The projects open once the lessons they build on are solved.
    assert.match(await page.locator('.lesson-item[data-lesson="project-calculator"]').innerText(), /Solve first: Conditions: if and else/);
    assert.equal(await page.locator('.lesson-item[data-lesson="project-calculator"] a').count(), 0);
    await screenshot(page, 'pack-en');
    await page.locator('.lesson-link', { hasText: 'Variables' }).click();
    await page.locator('#lesson-title', { hasText: 'Variables' }).waitFor();
    assert.match(page.url(), /#\/pack\/first-steps\/variables$/);
    page.assertClean();
    await context.close();
});

test('a lesson opens by its address; wide screens show three panes side by side', async () => {
    const { context, page } = await openPage(shared.browser, { width: 1366, height: 768 });
    await page.goto(`${shared.server.url}?lang=kk#/pack/first-steps/hello`);
    await page.locator('#lesson-title', { hasText: 'Сәлем, әлем!' }).waitFor();
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    const lines = await page.locator('.cm-content .cm-line').allTextContents();
    assert.deepEqual(lines, ["print('Сәлем')", ''], 'the starter code is in the editor');
    const boxes = await Promise.all(
        ['.lesson-instructions', '.lesson-editor', '.lesson-output'].map((selector) => page.locator(selector).boundingBox()),
    );
    for (const box of boxes) assert.ok(box && box.width > 200 && box.height > 500, JSON.stringify(box));
    assert.ok(boxes[0].x + boxes[0].width <= boxes[1].x && boxes[1].x + boxes[1].width <= boxes[2].x, 'left to right');
    assert.ok(Math.abs(boxes[0].y - boxes[2].y) < 2, 'on one row');
    assert.ok(await page.locator('.instructions-body').isVisible(), 'instructions shown');
    assert.ok(await page.locator('.stage').isVisible() && await page.locator('.console').isVisible());
    assert.equal(await page.locator('.output-tabs').isVisible(), false, 'no tabs on a wide screen');
    await screenshot(page, 'lesson-1366x768');
    page.assertClean();
    await context.close();
});

test('on 1024x600 the instructions fold, stage and console are tabs, and the editor keeps 15x50', async () => {
    const { context, page } = await openPage(shared.browser, { width: 1024, height: 600 });
    await page.goto(`${shared.server.url}?lang=ru#/pack/first-steps/hello`);
    await page.locator('.instructions-toggle', { hasText: 'Привет, мир!' }).waitFor();
    assert.equal(await page.locator('.instructions-body').isVisible(), false, 'instructions folded');
    await page.locator('.code-editor[data-status="mounted"]').waitFor();
    // The room CodeMirror's scroller leaves for text, in lines and characters of
    // the code font at the default size.
    const room = await page.locator('.cm-content').evaluate((content) => {
        const scroller = content.closest('.cm-scroller');
        const gutters = scroller.querySelector('.cm-gutters');
        const line = content.querySelector('.cm-line');
        const lineStyle = getComputedStyle(line);
        const contentStyle = getComputedStyle(content);
        const probe = document.createElement('span');
        probe.style.font = lineStyle.font;
        probe.style.whiteSpace = 'pre';
        probe.textContent = 'x'.repeat(100);
        document.body.append(probe);
        const characterWidth = probe.getBoundingClientRect().width / 100;
        probe.remove();
        const innerWidth = scroller.clientWidth - gutters.offsetWidth
            - parseFloat(lineStyle.paddingLeft) - parseFloat(lineStyle.paddingRight);
        const innerHeight = scroller.clientHeight
            - parseFloat(contentStyle.paddingTop) - parseFloat(contentStyle.paddingBottom);
        return {
            lines: innerHeight / line.getBoundingClientRect().height,
            columns: innerWidth / characterWidth,
            fontSize: parseFloat(lineStyle.fontSize),
        };
    });
    assert.equal(room.fontSize, 18, 'measured at the default font size');
    assert.ok(room.lines >= 15, `the editor shows ${room.lines.toFixed(1)} lines`);
    assert.ok(room.columns >= 50, `the editor shows ${room.columns.toFixed(1)} columns`);
    // The console shows first: a program's output is what a pupil looks at.
    assert.ok(await page.locator('.console').isVisible());
    assert.equal(await page.locator('.stage').isVisible(), false);
    await screenshot(page, 'lesson-1024x600');

    await page.locator('.output-tab', { hasText: 'Сцена' }).click();
    assert.ok(await page.locator('.stage').isVisible());
    assert.equal(await page.locator('.console').isVisible(), false);
    await page.locator('.output-tab', { hasText: 'Вывод' }).click();
    assert.ok(await page.locator('.console').isVisible());
    assert.equal(await page.locator('.stage').isVisible(), false);
    await page.locator('.instructions-toggle').click();
    assert.ok(await page.locator('.instructions-body').isVisible(), 'the bar unfolds the instructions');
    assert.match(await text(page, '.instructions-body'), /Пусть программа выведет/);
    await screenshot(page, 'lesson-1024x600-open');
    page.assertClean();
    await context.close();
});

test('unknown addresses, packs and lessons say so in the pupil language', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=en#/no/such/page`);
    await page.locator('h1', { hasText: 'Nothing here' }).waitFor();
    await screenshot(page, 'not-found');
    await page.goto(`${shared.server.url}?lang=en#/pack/first-steps/no-such-lesson`);
    await page.locator('p', { hasText: 'This pack has no lesson called “no-such-lesson”.' }).waitFor();
    // A missing pack is a failed download (404): the browser itself logs that,
    // so this part does not count console errors.
    await page.goto(`${shared.server.url}?lang=en#/pack/no-such-pack`);
    await page.locator('.load-problem', { hasText: 'There is no such lesson pack: “no-such-pack”.' }).waitFor();
    await screenshot(page, 'pack-missing');
    const unexpected = page.problems.filter((problem) => !problem.includes('404'));
    assert.deepEqual(unexpected, []);
    await context.close();
});

test('when the app cannot download, a reload message shows in the chosen language', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(shared.server.url);
    await page.locator('#load-failed').waitFor();
    for (const language of ['kk', 'ru', 'en']) {
        assert.ok(await page.locator(`#load-failed [lang="${language}"]`).isVisible(), `${language} shown`);
    }
    await screenshot(page, 'load-failed');
    await page.evaluate(() => localStorage.setItem('bastau.v2.language', 'kk'));
    await page.reload();
    await page.locator('#load-failed').waitFor();
    assert.ok(await page.locator('#load-failed [lang="kk"] button', { hasText: 'Бетті қайта жүктеу' }).isVisible());
    assert.equal(await page.locator('#load-failed [lang="en"]').isVisible(), false);
    await context.close();
});

test('only the language in use is downloaded; a switch downloads the other and keeps the old texts meanwhile', async () => {
    const { context, page } = await openPage(shared.browser, { locale: 'ru-RU' });
    const fetched = [];
    page.on('request', (request) => {
        const match = /\/locales\/([a-z]+)\.ftl$/.exec(new URL(request.url()).pathname);
        if (match) fetched.push(match[1]);
    });
    await page.goto(`${shared.server.url}?lang=kk#/settings`);
    await page.locator('h1', { hasText: 'Баптаулар' }).waitFor();
    assert.deepEqual(fetched, ['kk'], 'only Kazakh at start');

    // Hold English back: the Kazakh texts stay until it arrives.
    let release;
    const released = new Promise((resolve) => { release = resolve; });
    await page.route('**/locales/en.ftl', async (route) => { await released; await route.continue(); });
    await page.locator('.language-button[data-language="en"]').click();
    await page.waitForTimeout(300);
    assert.equal(await text(page, 'h1'), 'Баптаулар', 'the old texts stay while the new ones load');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'kk');
    release();
    await page.locator('h1', { hasText: 'Settings' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    assert.deepEqual(fetched, ['kk', 'en']);

    // Back to Kazakh: already here, nothing to download.
    await page.locator('.language-button[data-language="kk"]').click();
    await page.locator('h1', { hasText: 'Баптаулар' }).waitFor();
    assert.deepEqual(fetched, ['kk', 'en']);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/locales/ru.ftl')).length), 0, 'Russian never downloaded');
    page.assertClean();
    await context.close();
});

test('when the texts cannot download, a translated message offers to try again', async () => {
    const { context, page } = await openPage(shared.browser, { locale: 'en-US' });
    await page.route('**/locales/*.ftl', (route) => route.abort());
    await page.goto(`${shared.server.url}?lang=kk`);
    await page.locator('.texts-failed h1', { hasText: 'Мәтіндер жүктелмеді' }).waitFor();
    assert.equal(await page.locator('.texts-failed').getAttribute('lang'), 'kk');
    assert.equal(await page.locator('#panic-message').getAttribute('lang'), 'kk', 'the crash message is ready');
    await screenshot(page, 'texts-failed-kk');
    await page.unroute('**/locales/*.ftl');
    await page.locator('.texts-failed button', { hasText: 'Қайталап көру' }).click();
    await page.locator('h1', { hasText: 'Сабақтар жинақтары' }).waitFor();
    assert.equal(await page.locator('.texts-failed').count(), 0);
    // The aborted download is logged by the browser itself.
    const unexpected = page.problems.filter((problem) => !problem.includes('Failed to load resource'));
    assert.deepEqual(unexpected, []);
    await context.close();
});

test('a crash of the app shows a translated message whose button reloads', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=kk#/pack/first-steps/hello`);
    await page.locator('#lesson-title').waitFor();
    assert.equal(await page.locator('#panic-message').isVisible(), false, 'prepared, hidden');
    // A trap inside the wasm (stack overflow, out of memory) reaches the page as
    // an uncaught WebAssembly.RuntimeError, as this one does.
    await page.evaluate(() => {
        const error = new WebAssembly.RuntimeError('unreachable executed');
        dispatchEvent(new ErrorEvent('error', { error, message: error.message }));
    });
    await page.locator('#panic-message h1', { hasText: 'Бірдеңе дұрыс болмады' }).waitFor();
    assert.equal(await page.locator('#app').count(), 0, 'the broken interface is gone');
    await screenshot(page, 'crashed-kk');
    await page.locator('#panic-message button', { hasText: 'Бетті қайта жүктеу' }).click();
    await page.locator('#lesson-title', { hasText: 'Сәлем, әлем!' }).waitFor();
    assert.equal(await page.locator('#panic-message').isVisible(), false, 'the reload brings the app back');
    page.assertClean();
    await context.close();
});

test('the crash message follows a change of language', async () => {
    const { context, page } = await openPage(shared.browser);
    await page.goto(`${shared.server.url}?lang=kk#/settings`);
    await page.locator('.language-button[data-language="ru"]').click();
    await page.locator('h1', { hasText: 'Настройки' }).waitFor();
    assert.equal(await page.locator('#panic-message').getAttribute('lang'), 'ru');
    assert.equal(await page.locator('#panic-message h1').textContent(), 'Что-то пошло не так');
    page.assertClean();
    await context.close();
});

test('from 1200 px the toolbar and the symbol row each fit on one line in every language', async () => {
    for (const [width, language] of [[1200, 'ru'], [1200, 'kk'], [1200, 'en'], [1366, 'kk']]) {
        const { context, page } = await openPage(shared.browser, { width, height: 768 });
        await page.goto(`${shared.server.url}?lang=${language}#/pack/first-steps/hello`);
        await page.locator('.cm-content').waitFor();
        const rows = await page.evaluate(() => {
            const distinctTops = (selector) =>
                new Set([...document.querySelectorAll(selector)].map((element) => Math.round(element.getBoundingClientRect().top))).size;
            return { toolbar: distinctTops('.toolbar > button'), symbols: distinctTops('.symbol-panel button') };
        });
        assert.deepEqual(rows, { toolbar: 1, symbols: 1 }, `${width} px, ${language}`);
        page.assertClean();
        await context.close();
    }
});
