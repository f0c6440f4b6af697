// A rep opens a deal from Camunda Tasklist's start form and works its first stage there: the stage
// form shows, completing it empty is refused with every missing field named, and completing it
// filled moves the deal on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { startSalesflow, api } from './salesflow.mjs';

let salesflow;
let browser;

before(async () => {
  salesflow = await startSalesflow();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  salesflow?.stop();
});

// Tasklist's AngularJS and form-js pages take DOM events, not the synthetic pointer and key events
// of headless Chromium, so the test sets values and presses buttons through the DOM.
async function click(page, selector, text) {
  await page.waitForFunction(([s, t]) => [...document.querySelectorAll(s)]
    .some((e) => e.textContent.trim() === t), [selector, text]);
  await page.$$eval(selector, (elements, t) => elements.find((e) => e.textContent.trim() === t)
    .click(), text);
}

async function pressButton(page, text) {
  await page.waitForFunction((t) => [...document.querySelectorAll('button')]
    .some((b) => b.textContent.trim() === t && !b.disabled), text);
  await page.$$eval('button', (buttons, t) => buttons.find((b) => b.textContent.trim() === t).click(), text);
}

async function logIn(page, user) {
  await page.goto(`${salesflow.url}/camunda/app/tasklist/default/`);
  await page.waitForSelector('input[placeholder=Password]');
  await page.waitForTimeout(1000);
  await page.fill('input[placeholder=Username]', user);
  await page.fill('input[placeholder=Password]', 'demo');
  await page.$eval('form[name=signinForm]', (form) => form.requestSubmit());
  await page.waitForSelector('text=我的任务');
}

test('a deal opened in Tasklist cannot leave its first stage until the stage form is filled', async () => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await logIn(page, 'lilei');

  await click(page, 'a', 'Start process');
  await click(page, 'a', '工业设备销售');
  await page.waitForSelector('[id$=Field_amount]');
  await page.fill('[id$=Field_customer]', '浏览器测试客户');
  await page.fill('[id$=Field_title]', '数控机床');
  await page.fill('[id$=Field_amount]', '800000');
  await page.waitForTimeout(700); // form-js takes typed values after a short debounce
  await pressButton(page, 'Start');
  let deal;
  for (let i = 0; i < 40 && !deal; i++) {
    await page.waitForTimeout(250);
    const mine = await api(salesflow.url, 'lilei', 'GET', '/api/opportunities?owner=lilei');
    deal = mine.body.items.find((d) => d.customer === '浏览器测试客户');
  }
  assert.ok(deal, 'the start form opened a deal owned by lilei');
  const tasks = await api(salesflow.url, 'lilei', 'GET',
    `/engine-rest/task?maxResults=10&processInstanceBusinessKey=${deal.id}`);

  await page.goto(`${salesflow.url}/camunda/app/tasklist/default/#/?task=${tasks.body[0].id}`);
  await page.waitForSelector('text=客户技术需求');
  await pressButton(page, 'Complete');
  const refusal = await page.waitForSelector('text=尚不能完成');
  const message = await refusal.textContent();
  for (const field of ['technicalRequirements', 'proposedSolution', 'technicalContact']) {
    assert.match(message, new RegExp(field));
  }
  const stageOf = async () => (await api(salesflow.url, 'lilei', 'GET',
    `/api/opportunities/${deal.id}`)).body.currentStage.key;
  assert.equal(await stageOf(), 'Task_TechnicalEvaluation');

  await page.fill('[id$=Field_technicalRequirements]', '三台五轴加工中心');
  await page.fill('[id$=Field_proposedSolution]', 'VMC-850');
  await page.fill('[id$=Field_technicalContact]', '王工');
  await page.waitForTimeout(700);
  await pressButton(page, 'Complete');
  let stage;
  for (let i = 0; i < 40 && stage !== 'Task_BudgetApproval'; i++) {
    await page.waitForTimeout(250);
    stage = await stageOf();
  }
  assert.equal(stage, 'Task_BudgetApproval');
});
