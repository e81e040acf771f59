-- params: {}
SELECT DISTINCT year FROM vacancies WHERE year IS NOT NULL ORDER BY year
