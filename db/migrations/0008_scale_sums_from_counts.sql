-- Live aggregate rows keep a scale's answers as counts per point (`<unit>:<point>|c`) only: its
-- count, sum and sum of squares (`<unit>|n|s|q`) are sums over those counts, and the release adds
-- them (worker/analysis/stats.ts, `asReleased`). Here every stored `|n`, `|s` and `|q` keeps only
-- what its unit's point counts do not already give: nothing for a scale whose every answer was
-- counted, the whole sum for a perception (rated before perceptions were counted), and the sums of
-- choices and allocations as they are (their counts are of options, not points). A counter left at
-- zero goes. Released rows keep every counter and are not touched.
UPDATE `aggregates` SET `stats` = (
  WITH counters AS (SELECT `key`, `value` FROM json_each(`aggregates`.`stats`)),
  points AS (
    SELECT
      substr(`key`, 1, instr(`key`, ':') - 1) AS unit,
      CAST(substr(`key`, instr(`key`, ':') + 1, length(`key`) - instr(`key`, ':') - 2) AS INTEGER) AS point,
      `value` AS answers
    FROM counters
    WHERE `key` LIKE '%|c'
      AND instr(`key`, ':') > 1
      AND length(`key`) - instr(`key`, ':') - 2 > 0
      AND substr(`key`, instr(`key`, ':') + 1, length(`key`) - instr(`key`, ':') - 2) NOT GLOB '*[^0-9]*'
  ),
  derived AS (
    SELECT unit || '|n' AS `key`, sum(answers) AS amount FROM points GROUP BY unit
    UNION ALL SELECT unit || '|s', sum(point * answers) FROM points GROUP BY unit
    UNION ALL SELECT unit || '|q', sum(point * point * answers) FROM points GROUP BY unit
  )
  SELECT json_group_object(counters.`key`, counters.`value` - coalesce(derived.amount, 0))
  FROM counters LEFT JOIN derived ON derived.`key` = counters.`key`
  WHERE counters.`value` - coalesce(derived.amount, 0) <> 0
);
