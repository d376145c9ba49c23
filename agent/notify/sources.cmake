# Alerts from the agents themselves ([[notify]]): what a journal entry tells, and its delivery to a
# script, by mail through sendmail, or to a webhook, retried with backoff.
target_sources(twinha_agentcore PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Notification.cpp ${CMAKE_CURRENT_LIST_DIR}/Notification.h
    ${CMAKE_CURRENT_LIST_DIR}/Notifier.cpp ${CMAKE_CURRENT_LIST_DIR}/Notifier.h
    ${CMAKE_CURRENT_LIST_DIR}/NotifyDelivery.cpp ${CMAKE_CURRENT_LIST_DIR}/NotifyDelivery.h
    ${CMAKE_CURRENT_LIST_DIR}/NotifySection.cpp ${CMAKE_CURRENT_LIST_DIR}/NotifySection.h
    ${CMAKE_CURRENT_LIST_DIR}/NotifyProbe.cpp ${CMAKE_CURRENT_LIST_DIR}/NotifyProbe.h
)
