-- POST /api/v1/matches for a VO pupil in Arnhem with two needs; TOKEN and TEXT come from the environment.
local text = os.getenv("TEXT")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.body = '{"age":14,"sector":"VO","municipality":"GM0202","needs":["PSYCHIATRIE","ANGST_SCHOOLWEIGERING"],'
    .. '"absenceStatus":"RELATIEF_VERZUIM","weeksAbsent":8,"hasTlv":false,"hasCareIndication":true,"hoursPerWeek":12'
    .. (text and text ~= "" and (',"text":"' .. text .. '"') or "") .. '}'
