// Accessibility in a real browser: axe-core (from npm, package.json) audits
// every page of the app in every language, and fails on any "serious" or
// "critical" violation; the lesson page at 1024x600 and at 200 % zoom (a
// 1024x600 screen zoomed to 200 % lays the page out in 512x300 CSS pixels
// at a device scale factor of 2, which is what this test opens) keeps the
// Run button, the editor and the stage reachable, and nothing on any page
// overflows sideways.
'use strict';

const { test } = require('node:test');
const assert = require('node:assert/strict');
const { openPage, screenshot, useServerAndBrowser } = require('./harness.cjs');

const shared = useServerAndBrowser();

const AXE_SOURCE = require.resolve('axe-core/axe.min.js');

/** An assignment link's data: the JSON in base64url, as the teacher's page makes it. */
const ASSIGNMENT = Buffer.from(JSON.stringify({
    format: 'bastau-assignment',
    version: 1,
    pack: 'first-steps',
    pack_version: '1.0.0',
    class: '7B',
    pupils: ['Аружан Серік', 'Данияр', 'Әлия'],
}), 'utf8').toString('base64url');

/**
 * Every page of the app (but the language question, audited apart): its
 * address and an element that shows once the page has its content.
 */
const PAGES = [
    ['home', '#/', '.pack-card'],
    ['pack', '#/pack/first-steps', '.lesson-item'],
    ['lesson-programming', '#/pack/first-steps/hello', '.code-editor[data-status="mounted"] .cm-content'],
    ['lesson-turtle', '#/pack/turtle/first-steps', '.code-editor[data-status="mounted"] .cm-content'],
    ['lesson-robot', '#/pack/robot/collect-row', '.robot-canvas'],
    ['lesson-rover', '#/pack/rover/drive-square', '.rover-canvas'],
    ['lesson-animation', '#/pack/animation/moving-ball', '.canvas-picture'],
    ['settings', '#/settings', '.settings-page'],
    ['pupils', '#/pupils', '.profiles-page'],
    ['teacher', '#/teacher', '.teacher-page'],
    ['check-pack', '#/check-pack', '.check-pack-page'],
    ['assignment', `#/assignment/${ASSIGNMENT}`, '.assignment-facts'],
    ['not-found', '#/no-such-page', '.not-found-page'],
];

const LANGUAGES = ['kk', 'ru', 'en'];

/**
 * Runs axe-core on the page as it is now and returns its violations, each
 * with where it was found. Every rule axe runs by default is on.
 */
async function audit(page, where) {
    if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
        await page.addScriptTag({ path: AXE_SOURCE });
    }
    const violations = await page.evaluate(async () => {
        const results = await window.axe.run(document, { resultTypes: ['violations'] });
        return results.violations.map((violation) => ({
            id: violation.id,
            impact: violation.impact,
            help: violation.help,
            nodes: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary.split('\n').slice(1).join(' ')}`),
        }));
    });
    return violations.map((violation) => ({ ...violation, where }));
}

/** The serious and critical ones, readable in a test failure. */
function seriousOnes(violations) {
    return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.where}: ${violation.impact} ${violation.id} (${violation.help})\n    ${violation.nodes.slice(0, 4).join('\n    ')}`);
}

/** How many violations of each impact, for the test's log. */
function countByImpact(violations) {
    const counts = {};
    for (const violation of violations) counts[violation.impact] = (counts[violation.impact] || 0) + 1;
    return JSON.stringify(counts);
}

/** Waits until the page shows `selector` and no loading mark is left. */
async function waitForPage(page, selector) {
    await page.locator(selector).first().waitFor({ timeout: 15000 });
    await page.waitForFunction(() => !document.querySelector('.loading, .boot-loading'));
}

test('axe finds nothing serious or critical on any page, in any language', async (t) => {
    const found = [];
    for (const language of LANGUAGES) {
        const { context, page } = await openPage(shared.browser);
        await page.goto(`${shared.server.url}?lang=${language}#/`);
        await waitForPage(page, '.pack-card');
        for (const [name, address, ready] of PAGES) {
            await page.evaluate((hash) => { location.hash = hash; }, address);
            await waitForPage(page, ready);
            assert.equal(await page.evaluate(() => document.documentElement.lang), language,
                `<html lang> follows the interface language on ${name}`);
            found.push(...await audit(page, `${name} (${language})`));
        }
        // The lesson page's states after a run: the console's output and an
        // error with its explanation, the variables, and a check's results.
        await page.evaluate(() => { location.hash = '#/pack/first-steps/hello'; });
        await waitForPage(page, '.code-editor[data-status="mounted"] .cm-content');
        await page.locator('.cm-content').focus();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText('x = 5\nprint("x is", x)\nprint(y)\n');
        await page.locator('.run-button').press('Enter');
        await page.locator('.run-status.status-failed').waitFor({ timeout: 15000 });
        // The landmarks are named in the pupil's language, and what the run
        // says is announced: the status and the console politely, the error
        // at once.
        const landmarks = await page.evaluate(() => ({
            main: document.querySelectorAll('main').length,
            banner: document.querySelectorAll('header.top-bar').length,
            output: document.querySelector('section.lesson-output').getAttribute('aria-label'),
            editor: document.querySelector('section.lesson-editor').getAttribute('aria-label'),
            status: document.querySelector('.run-status').getAttribute('role'),
            console: document.querySelector('.console').getAttribute('aria-live'),
            error: document.querySelector('.run-error').getAttribute('role'),
        }));
        assert.deepEqual(landmarks, {
            main: 1,
            banner: 1,
            output: { kk: 'Сахна мен шығару', ru: 'Сцена и вывод', en: 'The stage and the output' }[language],
            editor: { kk: 'Код', ru: 'Код', en: 'Code' }[language],
            status: 'status',
            console: 'polite',
            error: 'alert',
        });
        found.push(...await audit(page, `lesson after a failed run (${language})`));
        // Two steps: the first stops before line 1, the second after it.
        await page.locator('.step-button').press('Enter');
        await page.locator('.run-status.status-stepping').waitFor();
        await page.locator('.step-button').press('Enter');
        await page.locator('.variables').waitFor();
        found.push(...await audit(page, `lesson after a step, with the variables (${language})`));
        await page.locator('.check-button').press('Enter');
        await page.locator('.check-summary').waitFor({ timeout: 15000 });
        found.push(...await audit(page, `lesson with check results (${language})`));
        // The robot's stage with the moves described in words.
        await page.evaluate(() => { location.hash = '#/pack/robot/first-moves'; });
        await waitForPage(page, '.robot-canvas');
        await page.locator('.run-button').press('Enter');
        await page.locator('.run-status.status-finished').waitFor({ timeout: 15000 });
        await page.locator('.robot-describe-toggle').press('Enter');
        await page.locator('.robot-moves li').first().waitFor();
        found.push(...await audit(page, `robot lesson with its moves in words (${language})`));
        page.assertClean();
        await context.close();
    }
    // The language question, asked of a browser in each language.
    for (const locale of ['kk-KZ', 'ru-RU', 'en-US']) {
        const { context, page } = await openPage(shared.browser, { locale });
        await page.goto(shared.server.url);
        await waitForPage(page, '.language-question');
        assert.equal(await page.evaluate(() => document.documentElement.lang), locale.slice(0, 2));
        found.push(...await audit(page, `language question (${locale})`));
        page.assertClean();
        await context.close();
    }
    t.diagnostic(`axe: ${found.length} violations in all, by impact ${countByImpact(found)}`);
    console.log(`axe: ${found.length} violations in all, by impact ${countByImpact(found)}`);
    for (const violation of found.filter((violation) => !['serious', 'critical'].includes(violation.impact))) {
        console.log(`  (${violation.impact}) ${violation.where}: ${violation.id}: ${violation.nodes.slice(0, 2).join(' | ')}`);
    }
    assert.deepEqual(seriousOnes(found), [], 'no serious or critical violations');
});

/** Whether the page is wider than its window (a sideways scroll bar). */
const overflowsSideways = (page) => page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth > root.clientWidth + 1;
});

/**
 * The element is on screen once scrolled to, has a size, and is not
 * covered by another one at its centre (so it can be reached and seen).
 */
async function assertReachable(page, selector, what) {
    const element = page.locator(selector).first();
    await element.scrollIntoViewIfNeeded();
    const seen = await element.evaluate((node) => {
        const box = node.getBoundingClientRect();
        const centreX = box.left + box.width / 2;
        const centreY = box.top + box.height / 2;
        const onTop = document.elementFromPoint(centreX, centreY);
        return {
            width: box.width,
            height: box.height,
            inside: box.left >= -1 && box.right <= innerWidth + 1 && centreY >= 0 && centreY <= innerHeight,
            uncovered: onTop !== null && (node === onTop || node.contains(onTop) || onTop.contains(node)),
        };
    });
    assert.ok(seen.width > 8 && seen.height > 8, `${what} has a size: ${JSON.stringify(seen)}`);
    assert.ok(seen.inside, `${what} is inside the window once scrolled to: ${JSON.stringify(seen)}`);
    assert.ok(seen.uncovered, `${what} is not covered by anything: ${JSON.stringify(seen)}`);
}

for (const [label, options] of [
    ['1024x600', { width: 1024, height: 600 }],
    ['200 % zoom of 1024x600 (512x300 CSS pixels at scale 2)', { width: 512, height: 300, deviceScaleFactor: 2 }],
]) {
    test(`at ${label} the lesson pages keep Run, the editor and the stage usable, and no page overflows sideways`, async () => {
        const { context, page } = await openPage(shared.browser, options);
        const shortName = options.deviceScaleFactor ? 'zoom-200' : '1024x600';
        // The narrow layouts have their own parts (the folded task, the
        // tabs): axe audits the lesson pages in them too, in Kazakh.
        const found = [];
        // Kazakh, and Russian, whose words run longest.
        for (const language of ['kk', 'ru']) {
            await page.goto(`${shared.server.url}?lang=${language}#/`);
            await waitForPage(page, '.pack-card');
            for (const [name, address, ready] of PAGES) {
                await page.evaluate((hash) => { location.hash = hash; }, address);
                await waitForPage(page, ready);
                assert.equal(await overflowsSideways(page), false, `${name} (${language}) fits the width at ${label}`);
                if (!name.startsWith('lesson-')) continue;
                await assertReachable(page, '.run-button', `the Run button on ${name}`);
                await assertReachable(page, '.cm-editor', `the editor on ${name}`);
                // Narrow screens show the stage in a tab: Tab reaches the chosen
                // tab, and an arrow chooses the other, as ARIA's tabs do.
                const chosen = page.locator('.output-tab[aria-selected="true"]');
                if (await chosen.isVisible() && await chosen.getAttribute('aria-controls') !== 'stage-panel') {
                    assert.equal(await page.locator('.output-tab[aria-controls="stage-panel"]').getAttribute('tabindex'), '-1',
                        'only the chosen tab is in the Tab order');
                    await chosen.focus();
                    await page.keyboard.press('ArrowRight');
                    await page.locator('.output-tab[aria-controls="stage-panel"][aria-selected="true"]').waitFor();
                    assert.equal(await page.evaluate(() => document.activeElement.id), 'stage-tab', 'the arrow moves the focus too');
                }
                const stage = { 'lesson-robot': '.robot-canvas', 'lesson-rover': '.rover-canvas',
                    'lesson-animation': '.canvas-picture' }[name] || '#stage-panel .stage';
                await assertReachable(page, stage, `the stage on ${name}`);
                if (language === 'kk') found.push(...await audit(page, `${name} at ${label}`));
                if (language === 'kk' || name === 'lesson-robot') {
                    await screenshot(page, `a11y-${shortName}-${name}-stage-${language}`);
                    await page.evaluate(() => scrollTo(0, 0));
                    await screenshot(page, `a11y-${shortName}-${name}-${language}`);
                }
            }
        }
        assert.deepEqual(seriousOnes(found), [], 'no serious or critical violations');
        page.assertClean();
        await context.close();
    });
}
